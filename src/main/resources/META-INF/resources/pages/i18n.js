// @ts-check
// The pages' words in English and Spanish; the language comes from ?lang=, else the browser's first choice.

/** @type {Record<string, Record<string, string>>} */
const WORDS = {
  en: {
    title: "Book a free consultation",
    intro: "Tell us how to reach you, then pick a time. It takes two minutes.",
    required: "Required",
    firstName: "First name",
    lastName: "Last name",
    email: "Email",
    phone: "Phone",
    zipCode: "ZIP code",
    mode: "How would you like to meet?",
    IN_PERSON: "In person",
    VIRTUAL: "By video",
    conditions: "What would you like help with? (optional)",
    message: "Anything else we should know? (optional)",
    preferredContact: "How should we contact you?",
    EMAIL: "Email",
    PHONE: "Phone call",
    SMS: "Text message",
    consentContact: "I agree that the clinic may contact me about my request.",
    consentSms: "I agree to receive text messages about my request and appointments. Reply STOP to opt out.",
    privacy: "We keep your details private and use them only to arrange your care.",
    continue: "Continue to times",
    fixErrors: "Please correct the fields marked below.",
    sending: "Sending...",
    pickTime: "Pick a time",
    anywhere: "Show the first times at any location",
    noTimes: "No times this day",
    book: "Book this time",
    booked: "You are booked",
    next: "We have sent you a confirmation with a calendar invitation. The clinic will call you before your visit.",
    manage: "Change or cancel",
    gone: "That time was just taken. Please pick another.",
    error: "Something went wrong. Please try again.",
    yourAppointment: "Your appointment",
    reschedule: "Pick a new time",
    cancel: "Cancel this appointment",
    cancelReason: "Reason (optional)",
    cancelled: "This appointment was cancelled.",
    notFound: "This link no longer works. Please call the clinic.",
    moved: "Your appointment has moved.",
    DEPRESSION: "Depression", ANXIETY: "Anxiety", PTSD: "PTSD", OCD: "OCD", CHRONIC_PAIN: "Chronic pain",
    CRPS: "CRPS", FIBROMYALGIA: "Fibromyalgia", MIGRAINE: "Migraine", NEUROPATHIC_PAIN: "Nerve pain", OTHER: "Other",
  },
  es: {
    title: "Reserve una consulta gratuita",
    intro: "Díganos cómo contactarle y elija un horario. Toma dos minutos.",
    required: "Obligatorio",
    firstName: "Nombre",
    lastName: "Apellido",
    email: "Correo electrónico",
    phone: "Teléfono",
    zipCode: "Código postal",
    mode: "¿Cómo prefiere reunirse?",
    IN_PERSON: "En persona",
    VIRTUAL: "Por video",
    conditions: "¿En qué le podemos ayudar? (opcional)",
    message: "¿Algo más que debamos saber? (opcional)",
    preferredContact: "¿Cómo prefiere que le contactemos?",
    EMAIL: "Correo electrónico",
    PHONE: "Llamada",
    SMS: "Mensaje de texto",
    consentContact: "Acepto que la clínica me contacte sobre mi solicitud.",
    consentSms: "Acepto recibir mensajes de texto sobre mi solicitud y mis citas. Responda STOP para no recibir más.",
    privacy: "Mantenemos sus datos en privado y solo los usamos para organizar su atención.",
    continue: "Continuar a los horarios",
    fixErrors: "Corrija los campos marcados abajo.",
    sending: "Enviando...",
    pickTime: "Elija un horario",
    anywhere: "Mostrar los primeros horarios en cualquier clínica",
    noTimes: "No hay horarios este día",
    book: "Reservar este horario",
    booked: "Su cita está reservada",
    next: "Le enviamos una confirmación con una invitación de calendario. La clínica le llamará antes de su visita.",
    manage: "Cambiar o cancelar",
    gone: "Ese horario se acaba de ocupar. Elija otro, por favor.",
    error: "Algo salió mal. Inténtelo de nuevo.",
    yourAppointment: "Su cita",
    reschedule: "Elegir otro horario",
    cancel: "Cancelar esta cita",
    cancelReason: "Motivo (opcional)",
    cancelled: "Esta cita fue cancelada.",
    notFound: "Este enlace ya no funciona. Llame a la clínica, por favor.",
    moved: "Su cita cambió de horario.",
    DEPRESSION: "Depresión", ANXIETY: "Ansiedad", PTSD: "TEPT", OCD: "TOC", CHRONIC_PAIN: "Dolor crónico",
    CRPS: "SDRC", FIBROMYALGIA: "Fibromialgia", MIGRAINE: "Migraña", NEUROPATHIC_PAIN: "Dolor neuropático", OTHER: "Otro",
  },
};

/** @returns {"en" | "es"} */
export function language() {
  const asked = new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en";
  return asked.toLowerCase().startsWith("es") ? "es" : "en";
}

/** @param {string} key */
export function t(key) {
  return WORDS[language()]?.[key] ?? WORDS["en"]?.[key] ?? key;
}

/** Fills every element with a data-t attribute with its words, and the page's language. */
export function translate() {
  document.documentElement.lang = language();
  document.querySelectorAll("[data-t]").forEach((element) => {
    element.textContent = t(element.getAttribute("data-t") ?? "");
  });
}
