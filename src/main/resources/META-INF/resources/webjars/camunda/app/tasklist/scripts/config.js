// Tasklist's configuration for Staff careers (replaces the webjar's own scripts/config.js).
// customScripts (in this folder's parent): the header link to "My documents and notifications" (my-documents-link.js),
// the first missing field brought into view when Complete is refused (form-errors-in-view.js), a form's document
// links opened in a new tab (document-links-in-new-tab.js), and the signed-out page for someone who signed out when
// staff sign in with school accounts (../school-accounts.js, shared by all four webapps).
export default {
  customScripts: ['my-documents-link', 'form-errors-in-view', 'document-links-in-new-tab', '../school-accounts'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
