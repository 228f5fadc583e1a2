/** action_id, block_id and callback_id values of the partnerships feature (creating one, lists and details). */
export const partnershipsIds = {
  /** Global shortcut declared in manifest.yml. */
  newPartnershipShortcut: 'mitra_new_partnership',

  // Create-partnership modal.
  newPartnershipCallback: 'partnership_new',
  templateBlock: 'template',
  templateSelect: 'partnership_template_select',
  nameBlock: 'name',
  purposeBlock: 'purpose',
  unitsBlock: 'units',
  leadUnitBlock: 'lead_unit',
  channelBlock: 'channel',
  startDateBlock: 'start_date',
  reviewDateBlock: 'review_date',
  timeZoneBlock: 'time_zone',
  otherTimeZoneBlock: 'time_zone_other',
  myUnitBlock: 'my_unit',
  myResponsibilitiesBlock: 'my_responsibilities',
  suggestedGoalsBlock: 'suggested_goals',
  suggestedRolesBlock: 'suggested_roles',

  // Lists, detail and home.
  listPagePrevious: 'partnership_list_previous',
  listPageNext: 'partnership_list_next',
  detailPagePrevious: 'partnership_detail_previous',
  detailPageNext: 'partnership_detail_next',
  detailCallback: 'partnership_detail',
  createdCallback: 'partnership_created',
} as const;
