/* The first thing the pane's page runs, inline and in ES5: on Windows, Office runs an add-in with <Runtimes> (a
 * shared runtime, as Målkoll's) in Internet Explorer 11 wherever Microsoft Edge WebView2 is missing (Microsoft's
 * manifest reference, the Runtimes element), and there Målkoll's scripts (ES2020) cannot even be read: without this
 * the pane would stay blank. It tells the user, in their language, what is needed. It loads nothing and sends
 * nothing; the texts are the catalogue's (pane.webview.*), put in at build time in place of __WEBVIEW_TEXTS__.
 * Kept free of anything newer than ES5 (test/foundation/webviewScript.test.ts parses it so). */
/* global navigator, __WEBVIEW_TEXTS__ */
(function () {
  var texts = __WEBVIEW_TEXTS__;

  /** Whether this browser has what Målkoll's scripts use (ES2020): Promise.allSettled and String.prototype.matchAll came with it. */
  function modern() {
    try {
      return typeof Promise !== 'undefined' && typeof Promise.allSettled === 'function' && typeof String.prototype.matchAll === 'function';
    } catch (e) {
      return false;
    }
  }

  function language() {
    var tag = String(navigator.language || navigator.userLanguage || navigator.browserLanguage || '').toLowerCase();
    return tag.indexOf('sv') === 0 ? 'sv' : 'en';
  }

  function paragraph(tag, text) {
    var element = document.createElement(tag);
    element.appendChild(document.createTextNode(text));
    return element;
  }

  function show() {
    var root = document.getElementById('root');
    if (!root || root.getAttribute('data-webview') === 'old') return;
    var lang = language();
    var t = texts[lang];
    root.setAttribute('data-webview', 'old');
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.fontFamily = 'Segoe UI, sans-serif';
    box.style.padding = '12px';
    box.appendChild(paragraph('h1', t.title));
    box.appendChild(paragraph('p', t.body));
    box.appendChild(paragraph('p', t.action));
    root.appendChild(box);
    document.documentElement.lang = lang;
  }

  if (!modern()) {
    show();
    return;
  }
  // A browser that passes the test above but still cannot read the scripts says so with a SyntaxError.
  window.addEventListener('error', function (event) {
    var name = event && event.error && event.error.name;
    var root = document.getElementById('root');
    if (name === 'SyntaxError' && root && !root.firstChild) show();
  });
})();
