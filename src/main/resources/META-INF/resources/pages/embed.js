// @ts-check
// The one line a clinic website adds where the booking should appear:
//   <script src="https://api.clinic.example/pages/embed.js" data-page="book" async></script>
// It puts the service's page in a frame right after itself (the website's own query, utm_* included, goes along)
// and fits the frame to the page's height as the page reports it (frame.js). A classic script, not a module.
(function () {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) {
    return;
  }
  const origin = new URL(script.src).origin;
  const page = script.dataset["page"] === "manage" ? "manage" : "book";
  const frame = document.createElement("iframe");
  frame.src = `${origin}/${page}/${location.search}`;
  frame.title = script.dataset["title"] ?? "Book a free consultation";
  frame.style.cssText = "width:100%;border:0;min-height:640px";
  script.after(frame);
  window.addEventListener("message", (event) => {
    if (event.origin === origin && event.source === frame.contentWindow && event.data?.type === "clinic-booking:height") {
      frame.style.height = `${Number(event.data.height) + 16}px`;
    }
  });
})();
