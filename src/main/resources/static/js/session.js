// Warns before an idle session ends, and says when it has. The server ends a session that has had no
// request for data-seconds; this page counts from its own last request and from those of the user's other
// tabs (the time of the last one is shared through localStorage). Some minutes before the end a warning
// offers "stay signed in", which posts to the server and so starts the idle time anew; at the end the
// warning turns into "your session has ended" with a login that comes back to this page. Other scripts
// report their requests with the event "ipflow:session-used", and a refusal because the session has ended
// with "ipflow:session-expired" (js/draft-autosave.js does both).
(() => {
  const notice = document.getElementById('session-notice');
  const seconds = Number(notice?.dataset.seconds);
  if (!notice || !(seconds > 0)) {
    return;
  }
  const KEY = 'ipflow-session-used';
  const lead = Math.min(300, seconds / 4) * 1000;
  const expiring = document.getElementById('session-expiring');
  const expired = document.getElementById('session-expired');
  const stay = notice.querySelector('[data-stay-signed-in]');
  let used = Date.now();

  const shared = () => {
    try {
      return Number(localStorage.getItem(KEY)) || 0;
    } catch (blocked) {
      return 0;
    }
  };
  const ended = () => {
    expiring.hidden = true;
    expired.hidden = false;
    expired.querySelector('[data-login-again]').href = location.pathname + location.search;
  };
  const check = () => {
    if (!expired.hidden) {
      return;
    }
    const left = Math.max(used, shared()) + seconds * 1000 - Date.now();
    if (left <= 0) {
      ended();
    } else {
      expiring.hidden = left > lead;
    }
  };
  const touch = () => {
    used = Date.now();
    try {
      localStorage.setItem(KEY, String(used));
    } catch (blocked) {
      // Private modes may refuse storage: this tab still counts its own requests.
    }
    check();
  };

  stay.addEventListener('click', async () => {
    const token = document.querySelector('meta[name=_csrf]')?.content;
    const header = document.querySelector('meta[name=_csrf_header]')?.content;
    try {
      const answer = await fetch(notice.dataset.keepAlive, {method: 'POST', credentials: 'same-origin',
        headers: {Accept: 'application/json', [header]: token}});
      if (answer.ok) {
        touch();
      } else if (answer.status === 403) {
        ended();
      }
    } catch (offline) {
      // No answer: the warning stays, so the user can try again.
    }
  });
  document.addEventListener('ipflow:session-used', touch);
  document.addEventListener('ipflow:session-expired', ended);
  window.addEventListener('storage', (event) => event.key === KEY && check());
  // A page shown again from the browser's cache made no request: only a loaded page counts as one.
  window.addEventListener('pageshow', (event) => event.persisted || touch());
  setInterval(check, 1000);
})();
