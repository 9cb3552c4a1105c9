// @ts-check
// Inside the clinic website's frame (embed.js), a page tells the website its height after every change, so the
// frame fits it without a scroll bar of its own.

/** Tells the parent page how tall this page is now; nothing when the page is not framed. */
export function fitFrame() {
  if (window.parent !== window) {
    window.parent.postMessage({ type: "clinic-booking:height", height: document.documentElement.scrollHeight }, "*");
  }
}
