// What a front end writes against the types openapi-typescript generates from openapi.yaml; compiled with
// tsc --strict by .ci/contract/check. Types that break here break every front end built on the contract.
import type { components, operations, paths } from "../../target/contract/api";

type Schemas = components["schemas"];

// the website's consultation form
const form: Schemas["LeadRequest"] = {
  firstName: "Maria",
  lastName: "Lopez",
  email: "maria.lopez@example.com",
  phone: "(714) 555-0123",
  zipCode: "92780",
  consultationMode: "IN_PERSON",
  conditions: ["DEPRESSION", "ANXIETY"],
  consent: { contact: true, privacyNoticeVersion: "2026-01" },
  source: { channel: "WEBSITE", pageUrl: "https://clinic.example.com/free-consultation" },
};

type Receipt = paths["/api/v1/leads"]["post"]["responses"][201]["content"]["application/json"];
const bookingFor = (receipt: Receipt, start: string): Schemas["AppointmentRequest"] => ({
  locationId: receipt.location.id,
  type: "in-person-consultation",
  start,
  leadToken: receipt.leadToken,
});

// slots: nullability written once, so a missing first slot is plain null
type Anywhere = operations["findSlotsAnywhere"]["responses"][200]["content"]["application/json"];
const soonest = (answer: Anywhere): string | null => answer.firstAvailable?.start ?? null;
const daysOf = (slots: Schemas["LocationSlots"]): number => slots.days.filter((day) => day.slots.length > 0).length;

// every error is a Problem, typed per response
type Refused = operations["bookAppointment"]["responses"][409]["content"]["application/problem+json"];
const explain = (problem: Refused | Schemas["Problem"]): string =>
  problem.errors?.map((error) => `${error.field}: ${error.message}`).join("; ") ?? problem.detail ?? problem.title;

// the manage page: the token is a typed header, so leaving it out does not compile; a cancelled time reads as such
type ManageHeaders = operations["getAppointment"]["parameters"]["header"];
const manageHeaders = (token: string): NonNullable<ManageHeaders> => ({ "X-Manage-Token": token });
const shown = (appointment: Schemas["Appointment"]): string =>
  appointment.status === "CANCELLED" ? "This appointment was cancelled" : appointment.start;
const why = (problem: Schemas["Problem"]): Schemas["ProblemReason"] | "" => problem.reason ?? "";
const noMessage: Schemas["LeadRequest"]["message"] = null;

// the waitlist page: join with the request's lead token, confirm with the entry's token
const join = (receipt: Receipt, date: string): Schemas["WaitlistRequest"] => ({
  leadToken: receipt.leadToken,
  locationId: receipt.location.id,
  type: "in-person-consultation",
  from: date,
  to: date,
  times: { after: "15:00", before: null, days: null },
});
type WaitlistHeaders = NonNullable<operations["acceptWaitlistOffer"]["parameters"]["header"]>;
const acceptHeaders = (joined: Schemas["WaitlistJoined"]): WaitlistHeaders => ({ "X-Waitlist-Token": joined.token });
const offer = (entry: Schemas["WaitlistEntry"]): string | null =>
  entry.offers.find((one) => one.status === "OPEN")?.expiresAt ?? null;

// the front desk: a lead, its referral (null when none) and what a PATCH may do next
const summary = (lead: Schemas["LeadDetails"]): string => {
  const referral: Schemas["Referral"] | null = lead.referral;
  const next: Schemas["LeadStatus"][] = lead.nextStatuses;
  return `${lead.firstName ?? "(erased)"} ${referral ? referral.code : "-"} ${next.join(",")}`;
};
const patch: Schemas["LeadPatch"] = { status: "CONTACTED", note: "Called, will book" };
const outcome: Schemas["AppointmentOutcome"] = { status: "NO_SHOW" };
type SearchQuery = NonNullable<operations["searchLeads"]["parameters"]["query"]>;
const filter: SearchQuery = { status: ["NEW", "CONTACTED"], locationId: ["tustin"], page: 0, size: 20 };

// the staff tools: a staff member's calendar-feed URLs, one per location, to paste into a calendar app
type FeedCreated = operations["createCalendarFeed"]["responses"][201]["content"]["application/json"];
const feedLinks = (created: FeedCreated): string[] =>
  created.urls.map((feed: Schemas["CalendarFeedUrl"]) => `${feed.locationName}: ${feed.url}`);

export {
  acceptHeaders,
  bookingFor,
  daysOf,
  explain,
  feedLinks,
  filter,
  form,
  join,
  manageHeaders,
  noMessage,
  offer,
  outcome,
  patch,
  shown,
  soonest,
  summary,
  why,
};
