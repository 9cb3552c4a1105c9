// @ts-check
// The pages' calls to the API, typed from openapi.yaml (the types openapi-typescript generates; CI checks this file
// against them with tsc, so a contract change that breaks a page fails the build).
import { language } from "./i18n.js";

/**
 * @typedef {import("../../../../../../target/contract/api").components["schemas"]} Schemas
 * @typedef {Schemas["LeadRequest"]} LeadRequest
 * @typedef {Schemas["LeadReceipt"]} LeadReceipt
 * @typedef {Schemas["LocationSlots"]} LocationSlots
 * @typedef {Schemas["SlotsAnywhere"]} SlotsAnywhere
 * @typedef {Schemas["Hold"]} Hold
 * @typedef {Schemas["AppointmentRequest"]} AppointmentRequest
 * @typedef {Schemas["AppointmentBooked"]} AppointmentBooked
 * @typedef {Schemas["Appointment"]} Appointment
 * @typedef {Schemas["RescheduleRequest"]} RescheduleRequest
 * @typedef {Schemas["CancelRequest"]} CancelRequest
 * @typedef {Schemas["Problem"]} Problem
 * @typedef {Schemas["Location"]} Location
 */

/** An answer that is not 2xx, with its problem+json. */
export class ProblemError extends Error {
  /** @param {number} status @param {Problem} problem */
  constructor(status, problem) {
    super(problem.detail ?? problem.title);
    this.status = status;
    this.problem = problem;
  }
}

const API = "/api/v1";

/**
 * @template T
 * @param {string} path
 * @param {{method?: string, body?: unknown, headers?: Record<string, string>}} [options]
 * @returns {Promise<T>}
 */
async function call(path, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: "application/json", "Accept-Language": language(), ...(options.headers ?? {}) };
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const answer = await fetch(API + path, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
  });
  const text = await answer.text();
  const json = text ? JSON.parse(text) : null;
  if (!answer.ok) {
    throw new ProblemError(answer.status, /** @type {Problem} */ (json ?? { title: answer.statusText, status: answer.status }));
  }
  return /** @type {T} */ (json);
}

/** A key per attempt, reused by its retries. */
const once = () => ({ "Idempotency-Key": crypto.randomUUID() });

/** @param {LeadRequest} form @returns {Promise<LeadReceipt>} */
export const submitLead = (form) => call("/leads", { method: "POST", body: form, headers: once() });

/** @returns {Promise<Location[]>} */
export const locations = () => call("/locations");

/** @param {string} locationId @param {string} type @returns {Promise<LocationSlots>} */
export const slotsAt = (locationId, type) =>
  call(`/locations/${encodeURIComponent(locationId)}/slots?type=${encodeURIComponent(type)}`);

/** @param {string} type @returns {Promise<SlotsAnywhere>} */
export const slotsAnywhere = (type) => call(`/slots?type=${encodeURIComponent(type)}`);

/** @param {string} locationId @param {string} type @param {string} start @returns {Promise<Hold>} */
export const hold = (locationId, type, start) =>
  call("/holds", { method: "POST", body: { locationId, type, start }, headers: once() });

/** @param {AppointmentRequest} booking @returns {Promise<AppointmentBooked>} */
export const book = (booking) => call("/appointments", { method: "POST", body: booking, headers: once() });

/** @param {string} id @param {string} token @returns {Promise<Appointment>} */
export const appointment = (id, token) =>
  call(`/appointments/${encodeURIComponent(id)}`, { headers: { "X-Manage-Token": token } });

/** @param {string} id @param {string} token @param {RescheduleRequest} change @returns {Promise<Appointment>} */
export const reschedule = (id, token, change) =>
  call(`/appointments/${encodeURIComponent(id)}/reschedule`, {
    method: "POST",
    body: change,
    headers: { "X-Manage-Token": token },
  });

/** @param {string} id @param {string} token @param {CancelRequest} request @returns {Promise<Appointment>} */
export const cancel = (id, token, request) =>
  call(`/appointments/${encodeURIComponent(id)}/cancel`, {
    method: "POST",
    body: request,
    headers: { "X-Manage-Token": token },
  });
