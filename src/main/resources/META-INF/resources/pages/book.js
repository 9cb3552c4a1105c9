// @ts-check
// The booking page: the consultation form, then the slot picker (the routed location, or the first times anywhere),
// a hold and the booking, then what happens next. A link from an email (?leadToken=) starts at the picker.
import { ProblemError, book, hold, locations, slotsAnywhere, slotsAt, submitLead } from "./api.js";
import { clearErrors, readForm, showErrors } from "./form.js";
import { t, translate } from "./i18n.js";
import { chosen, renderSlots, whenName } from "./slots.js";
import { fitFrame } from "./frame.js";

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ (byId("lead-form"));
const status = byId("status");
const picker = byId("picker");
const times = byId("times");
const anywhere = /** @type {HTMLInputElement} */ (byId("anywhere"));

/** @type {{leadToken: string, locationId: string | null, type: string}} */
const state = { leadToken: "", locationId: null, type: "in-person-consultation" };

/** @param {string} text */
const say = (text) => {
  status.textContent = text;
  fitFrame();
};

async function showTimes() {
  const names = new Map((await locations()).map((place) => [place.id, place.name]));
  const places = [];
  if (state.locationId && !anywhere.checked) {
    const slots = await slotsAt(state.locationId, state.type);
    places.push({ ...slots, name: names.get(slots.locationId) ?? slots.locationId });
  } else {
    const all = await slotsAnywhere(state.type);
    for (const place of all.locations) {
      places.push({ ...place, name: names.get(place.locationId) ?? place.locationId });
    }
  }
  renderSlots(times, places);
  form.hidden = true;
  picker.hidden = false;
  byId("picker-title").focus();
  fitFrame();
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors(form);
  say(t("sending"));
  const request = readForm(form, status);
  if (!request) {
    fitFrame();
    return;
  }
  try {
    const receipt = await submitLead(request);
    state.leadToken = receipt.leadToken;
    state.locationId = receipt.location?.id ?? null;
    state.type = request.consultationMode === "VIRTUAL" ? "virtual-consultation" : "in-person-consultation";
    say("");
    await showTimes();
  } catch (error) {
    if (error instanceof ProblemError && error.status === 400) {
      showErrors(form, error.problem, status);
    } else {
      say(t("error"));
    }
    fitFrame();
  }
});

anywhere.addEventListener("change", () => void showTimes());

byId("book").addEventListener("click", async () => {
  const choice = chosen(times);
  if (!choice) {
    say(t("pickTime"));
    return;
  }
  try {
    const held = await hold(choice.locationId, state.type, choice.start);
    const booked = await book({ ...choice, type: state.type, holdId: held.id, leadToken: state.leadToken });
    const place = (await locations()).find((one) => one.id === booked.locationId);
    picker.hidden = true;
    byId("done").hidden = false;
    byId("done-when").textContent = whenName(booked.start, place?.timeZone ?? "America/Los_Angeles");
    byId("done-where").textContent = place?.name ?? booked.locationId;
    const manage = /** @type {HTMLAnchorElement} */ (byId("done-manage"));
    manage.href = `/manage/?id=${encodeURIComponent(booked.id)}&token=${encodeURIComponent(booked.manageToken)}`;
    byId("done-title").focus();
    say("");
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 409 || error.status === 422)) {
      say(error.status === 409 && error.problem.type.endsWith("slot-unavailable") ? t("gone") : error.problem.detail ?? t("error"));
      await showTimes();
    } else {
      say(t("error"));
    }
  }
});

translate();
const fromEmail = new URLSearchParams(location.search).get("leadToken");
if (fromEmail) {
  // the token leaves the address bar at once: browsers keep it in history and send it on as a referrer
  history.replaceState(null, "", location.pathname);
  state.leadToken = fromEmail;
  anywhere.checked = true;
  void showTimes();
}
fitFrame();
