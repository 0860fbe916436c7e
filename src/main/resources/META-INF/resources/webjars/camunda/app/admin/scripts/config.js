// The application's configuration of this Camunda webapp (Camunda's own is empty): its one script sends a visitor
// who signed out to the signed-out page when staff sign in with school accounts (../school-accounts.js).
export default {
  customScripts: ['../school-accounts']
};
