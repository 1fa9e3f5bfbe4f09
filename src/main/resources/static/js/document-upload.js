// Checks a document before it is sent: a file over the size the server accepts (data-max-bytes, from
// ipflow.uploads.max-bytes) or not a PDF, JPEG or PNG is refused at once, the message next to the file
// field, the chosen kind and everything typed left as they are. The server checks the content again.
(() => {
  const form = document.getElementById('upload-form');
  const input = document.getElementById('file');
  const message = document.getElementById('file-error');
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
      return null;
    }
    if (file.size > Number(input.dataset.maxBytes)) {
      return input.dataset.tooLarge;
    }
    return TYPES.includes(file.type) || NAMES.test(file.name) ? null : input.dataset.wrongType;
  };

  input.addEventListener('change', () => show(problem()));
  // Registered before the draft's own script (js/draft-autosave.js), which sends nothing that was refused here.
  form.addEventListener('submit', (event) => {
    const text = problem();
    if (text) {
      event.preventDefault();
      show(text);
      input.focus();
    }
  });
})();
