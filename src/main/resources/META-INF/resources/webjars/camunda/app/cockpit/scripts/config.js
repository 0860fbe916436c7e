// Cockpit's configuration for Staff careers (replaces the webjar's own scripts/config.js, which sets nothing).
// customScripts (in this folder's parent): the Staff careers page (staff-careers.js): a link in Cockpit's header,
// the page itself at #/staff-careers, and a short summary on the dashboard. It reads the application's
// GET /api/overview/year with the Cockpit session.
// ../school-accounts.js sends someone who signed out to the signed-out page when staff sign in with school accounts.
export default {
  customScripts: ['staff-careers', '../school-accounts']
};
