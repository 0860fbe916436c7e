// When Complete is refused because a field is missing, Tasklist says only "An error happened while submitting the task
// form" at the foot of the page, while the field's own message may be scrolled out of sight (the HLTA self-review is
// 33 standards long). This brings the first field with a message into view and puts the cursor in it.
const COMPLETE = "button[ng-click='complete()']";

document.addEventListener('click', (event) => {
  if (!event.target.closest || !event.target.closest(COMPLETE)) {
    return;
  }
  setTimeout(() => {
    const field = document.querySelector('.fjs-container .fjs-has-errors');
    if (!field) {
      return;
    }
    field.scrollIntoView({ block: 'center' });
    const input = field.querySelector('input, textarea, select');
    if (input) {
      input.focus({ preventScroll: true });
    }
  }, 200);
}, true);
