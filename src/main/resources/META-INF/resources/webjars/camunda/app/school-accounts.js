// Signing in with school accounts (README "Signing in with school accounts"): Tasklist, Cockpit, Admin and the welcome
// page never show their own password form then. After "Log out", or when the session has ended, they go to that form
// (#/login); this sends the browser instead to the page that says the person has signed out, with a link to sign in
// again at the trust's identity provider. With local passwords the server has no /sign-in/mode (404): nothing changes.
const signIn = fetch('/sign-in/mode', { credentials: 'same-origin' })
  .then((response) => (response.ok ? response.json() : { mode: 'local' }))
  .catch(() => ({ mode: 'local' }));

function leaveThePasswordForm() {
  if (!/^#!?\/login/.test(window.location.hash)) {
    return;
  }
  signIn.then((answer) => {
    if (answer.mode === 'oidc') {
      window.location.replace(answer.signedOut);
    }
  });
}

window.addEventListener('hashchange', leaveThePasswordForm);
leaveThePasswordForm();
