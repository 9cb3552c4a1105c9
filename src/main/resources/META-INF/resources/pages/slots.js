// @ts-check
// The slot picker: one location's days (or several locations'), times in the location's zone, one radio group a
// screen reader reads as "9:00 AM, Monday, December 14"; a day with nothing says so.
import { language, t } from "./i18n.js";

/** @typedef {import("./api.js").Schemas} Schemas */
/** @typedef {{locationId: string, name: string, timeZone: string, days: Schemas["DaySlots"][]}} Place */

/** @param {string} date @param {string} zone */
const dayName = (date, zone) =>
  new Intl.DateTimeFormat(language(), { weekday: "long", month: "long", day: "numeric", timeZone: zone }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** @param {string} instant @param {string} zone */
export const timeName = (instant, zone) =>
  new Intl.DateTimeFormat(language(), { hour: "numeric", minute: "2-digit", timeZone: zone }).format(new Date(instant));

/** @param {string} instant @param {string} zone */
export const whenName = (instant, zone) =>
  new Intl.DateTimeFormat(language(), { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(
    new Date(instant),
  );

/**
 * Draws the places' days into {@code host}; the chosen time is read with {@link chosen}.
 * @param {HTMLElement} host @param {Place[]} places
 */
export function renderSlots(host, places) {
  host.replaceChildren();
  for (const place of places) {
    const section = document.createElement("section");
    const heading = document.createElement("h3");
    heading.textContent = place.name;
    section.append(heading);
    for (const day of place.days) {
      const group = document.createElement("fieldset");
      group.className = "day";
      const legend = document.createElement("legend");
      legend.textContent = dayName(day.date, place.timeZone);
      group.append(legend);
      if (day.slots.length === 0) {
        const none = document.createElement("p");
        none.className = "none";
        none.textContent = t("noTimes");
        group.append(none);
      }
      for (const slot of day.slots) {
        const label = document.createElement("label");
        label.className = "slot";
        const radio = document.createElement("input");
        radio.type = "radio";
        radio.name = "slot";
        radio.value = slot.start;
        radio.dataset["location"] = place.locationId;
        const text = document.createElement("span");
        text.textContent = timeName(slot.start, place.timeZone);
        label.append(radio, text);
        group.append(label);
      }
      section.append(group);
    }
    host.append(section);
  }
}

/** @param {HTMLElement} host @returns {{locationId: string, start: string} | null} */
export function chosen(host) {
  const radio = host.querySelector("input[name=slot]:checked");
  if (!(radio instanceof HTMLInputElement)) {
    return null;
  }
  return { locationId: radio.dataset["location"] ?? "", start: radio.value };
}
