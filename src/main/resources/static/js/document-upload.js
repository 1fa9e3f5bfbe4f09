// Checks a document before it is sent: no file chosen, a file over the size the server accepts
// (data-max-bytes, from ipflow.uploads.max-bytes) or not a PDF, JPEG or PNG is refused at once, the message
// next to the file field, the chosen kind and everything typed left as they are. The server checks the
// content again. The upload button belongs to the draft's form (form="draft-form"), which it sends.
(() => {
  const button = document.getElementById('upload-button');
  const input = document.getElementById('file');
  const message = document.getElementById('file-error');
  const form = button?.form;
  if (!form || !input || !message) {
    return;
  }
  const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
  const NAMES = /\.(pdf|jpe?g|png)$/i;

  const show = (text) => {
    message.textContent = text || '';
    message.hidden = !text;
    input.classList.toggle('is-invalid', Boolean(text));
    if (text) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    input.setAttribute('aria-describedby', text ? 'file-help file-error' : 'file-help');
  };
  const problem = () => {
    const file = input.files[0];
    if (!file) {
      return input.dataset.empty;
    }
    if (file.size > Number(input.dataset.maxBytes)) {
      return input.dataset.tooLarge;
    }
    return TYPES.includes(file.type) || NAMES.test(file.name) ? null : input.dataset.wrongType;
  };

  input.addEventListener('change', () => show(input.files[0] ? problem() : null));
  // Registered before the draft's own script (js/draft-autosave.js), which sends nothing that was refused here.
  form.addEventListener('submit', (event) => {
    if (event.submitter !== button) {
      return;
    }
    const text = problem();
    if (text) {
      event.preventDefault();
      show(text);
      input.focus();
    }
  });
})();
