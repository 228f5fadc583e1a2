/** action_id values of the buttons on App Home. */
export const homeIds = {
  homeNewPartnership: 'home_new_partnership',
  homeUnits: 'home_units',
  homeRefresh: 'home_refresh',
} as const;
