// Set by the page's JavaScript on every load (components/personal-view.ts). A browser that carries it
// runs our JavaScript, so it can be given the shared copy of a page and fill in what is its own; one
// without it gets a page rendered for it, which works without JavaScript.
export const JS_COOKIE = 'hallyu_js';
