// Shows and hides a form's conditional fields (form-js's conditional.hide) while the user types. The
// server evaluates the form's FEEL for the values on screen (form[data-form-state] names where, with the
// session's CSRF token), so that the browser follows the very rules the server validates by. Without
// script, the form's refresh button sends the form back for the same answer.
(() => {
  const form = document.querySelector('form[data-form-state]');
  if (!form) {
    return;
  }
  let timer = null;
  let asked = 0;
  const update = async () => {
    const mine = ++asked;
    // text values only: a chosen file is not sent along with every keystroke
    const values = new URLSearchParams([...new FormData(form)].filter(([, value]) => typeof value === 'string'));
    const response = await fetch(form.dataset.formState, { method: 'POST', body: values,
      headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok || mine !== asked) {
      return;
    }
    const hidden = new Set((await response.json()).hidden);
    form.querySelectorAll('[data-path]').forEach((box) => { box.hidden = hidden.has(box.dataset.path); });
  };
  const schedule = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(() => update().catch(() => {}), delay);
  };
  form.addEventListener('change', () => schedule(100));
  form.addEventListener('input', () => schedule(400));
  form.querySelectorAll('[data-refresh]').forEach((button) => { button.hidden = true; });
})();
