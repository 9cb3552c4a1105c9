// @ts-check
// The consultation form: what it sends (every field of LeadRequest, attribution from the page's address) and how a
// refusal shows: each field's message next to it, linked to it, and a summary that is announced.
import { language, t } from "./i18n.js";

/** @typedef {import("./api.js").LeadRequest} LeadRequest */
/** @typedef {import("./api.js").Problem} Problem */
/** @typedef {import("./api.js").Schemas} Schemas */

/** @param {HTMLFormElement} form @param {string} name */
const value = (form, name) => {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value.trim() : "";
};

/** @param {HTMLFormElement} form @param {string} name */
const checked = (form, name) =>
  Array.from(form.querySelectorAll(`input[name=${name}]:checked`)).map((input) => /** @type {HTMLInputElement} */ (input).value);

/** @param {string | null | undefined} text */
const given = (text) => text || undefined;

/**
 * The form as the contract's LeadRequest; null, with the box marked, when the person has not agreed to be contacted.
 * @param {HTMLFormElement} form @param {HTMLElement} summary @returns {LeadRequest | null}
 */
export function readForm(form, summary) {
  if (checked(form, "consentContact").length === 0) {
    mark(form, "consentContact", t("required"), summary);
    return null;
  }
  const query = new URLSearchParams(location.search);
  /** @type {Schemas["ConsultationMode"][]} */
  const modes = ["IN_PERSON", "VIRTUAL"];
  /** @type {Schemas["PreferredContact"][]} */
  const contacts = ["EMAIL", "PHONE", "SMS"];
  /** @type {Schemas["Condition"][]} */
  const known = ["DEPRESSION", "ANXIETY", "PTSD", "OCD", "CHRONIC_PAIN", "CRPS", "FIBROMYALGIA", "MIGRAINE",
    "NEUROPATHIC_PAIN", "OTHER"];
  const picked = checked(form, "conditions");
  return {
    firstName: value(form, "firstName"),
    lastName: value(form, "lastName"),
    email: value(form, "email"),
    phone: value(form, "phone"),
    zipCode: given(value(form, "zipCode")),
    consultationMode: modes.find((mode) => checked(form, "consultationMode").includes(mode)),
    conditions: known.filter((condition) => picked.includes(condition)),
    preferredContact: contacts.find((contact) => checked(form, "preferredContact").includes(contact)),
    language: language(),
    message: given(value(form, "message")) ?? null,
    consent: {
      contact: true,
      sms: checked(form, "consentSms").length > 0,
      privacyNoticeVersion: form.dataset["privacyNotice"] ?? "2026-01",
    },
    source: {
      channel: "WEBSITE",
      pageUrl: location.origin + location.pathname,
      referrer: given(document.referrer),
      utmSource: given(query.get("utm_source")),
      utmMedium: given(query.get("utm_medium")),
      utmCampaign: given(query.get("utm_campaign")),
      utmTerm: given(query.get("utm_term")),
      utmContent: given(query.get("utm_content")),
    },
    referralCode: given(query.get("referralCode")),
    website: value(form, "website"),
  };
}

/** Clears the messages of an earlier refusal. @param {HTMLFormElement} form */
export function clearErrors(form) {
  form.querySelectorAll(".error").forEach((message) => message.remove());
  form.querySelectorAll("[aria-invalid]").forEach((field) => field.removeAttribute("aria-invalid"));
}

/**
 * Shows a 400's field errors next to their fields and focuses the first; true when any field was named.
 * @param {HTMLFormElement} form @param {Problem} problem @param {HTMLElement} summary
 */
export function showErrors(form, problem, summary) {
  clearErrors(form);
  let named = false;
  for (const error of problem.errors ?? []) {
    const name = error.field === "consent.contact" ? "consentContact" : error.field.split(".").pop() ?? error.field;
    named = mark(form, name, error.message, summary, true) || named;
  }
  if (!named) {
    summary.textContent = problem.detail ?? t("error");
  }
  // the first field in the form's order, whatever order the answer named them in
  const first = form.querySelector("[aria-invalid=true]");
  if (first instanceof HTMLElement) {
    first.focus();
  }
  return named;
}

/**
 * One field's message next to it, linked to it (aria-describedby); it takes the focus unless told otherwise.
 * @param {HTMLFormElement} form @param {string} name @param {string} text @param {HTMLElement} summary
 * @param {boolean} [after] whether the caller takes care of the focus
 */
function mark(form, name, text, summary, after = false) {
  const field = form.querySelector(`[name=${name}]`);
  if (!(field instanceof HTMLElement)) {
    return false;
  }
  const earlier = form.querySelector(`#error-${name}`);
  if (earlier) {
    // a second reason for the same field joins the first: one message, one id
    earlier.textContent = `${earlier.textContent} ${text}`;
    return true;
  }
  const message = document.createElement("p");
  message.className = "error";
  message.id = `error-${name}`;
  message.textContent = text;
  field.setAttribute("aria-invalid", "true");
  field.setAttribute("aria-describedby", message.id);
  (field.closest(".field") ?? field.parentElement)?.append(message);
  summary.textContent = t("fixErrors");
  if (!after) {
    field.focus();
  }
  return true;
}
