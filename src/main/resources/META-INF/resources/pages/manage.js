// @ts-check
// The manage page an email's link opens: the appointment, a new time with the same picker, or a cancellation. The
// token leaves the address at once (kept for this tab only), and a cancelled appointment reads as cancelled.
import { ProblemError, appointment, cancel, locations, reschedule, slotsAt } from "./api.js";
import { t, translate } from "./i18n.js";
import { chosen, renderSlots, whenName } from "./slots.js";
import { fitFrame } from "./frame.js";

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const status = byId("status");
const times = byId("times");

const query = new URLSearchParams(location.search);
const fromPath = location.pathname.match(/\/appointments\/([0-9a-f-]{36})/);
const id = query.get("id") ?? fromPath?.[1] ?? "";
const token = query.get("token") ?? sessionStorage.getItem(`manage:${id}`) ?? "";
if (query.get("token")) {
  sessionStorage.setItem(`manage:${id}`, token);
  history.replaceState(null, "", `${location.pathname}${fromPath ? "" : `?id=${encodeURIComponent(id)}`}`);
}

/** @param {string} text */
const say = (text) => {
  status.textContent = text;
  fitFrame();
};

/** @param {import("./api.js").Appointment} shown */
async function show(shown) {
  const place = (await locations()).find((one) => one.id === shown.locationId);
  byId("when").textContent = whenName(shown.start, place?.timeZone ?? "America/Los_Angeles");
  byId("where").textContent = place?.name ?? shown.locationId;
  const cancelled = shown.status === "CANCELLED";
  byId("cancelled").hidden = !cancelled;
  byId("actions").hidden = cancelled || shown.status !== "BOOKED";
  byId("details").hidden = false;
  fitFrame();
  return place;
}

async function load() {
  translate();
  try {
    const shown = await appointment(id, token);
    await show(shown);
    byId("reschedule").addEventListener("click", async () => {
      const slots = await slotsAt(shown.locationId, shown.type);
      renderSlots(times, [{ ...slots, name: byId("where").textContent ?? "" }]);
      byId("picker").hidden = false;
      byId("picker-title").focus();
      fitFrame();
    });
    byId("move").addEventListener("click", async () => {
      const choice = chosen(times);
      if (!choice) {
        say(t("pickTime"));
        return;
      }
      try {
        await show(await reschedule(id, token, { start: choice.start }));
        byId("picker").hidden = true;
        say(t("moved"));
      } catch (error) {
        say(error instanceof ProblemError && error.status === 409 ? t("gone") : t("error"));
      }
    });
    byId("cancel-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const reason = /** @type {HTMLTextAreaElement} */ (byId("reason")).value.trim();
      try {
        await show(await cancel(id, token, { reason: reason || null }));
        byId("picker").hidden = true;
        say(t("cancelled"));
      } catch {
        say(t("error"));
      }
    });
  } catch (error) {
    say(error instanceof ProblemError && error.status < 500 ? t("notFound") : t("error"));
  }
}

void load();
