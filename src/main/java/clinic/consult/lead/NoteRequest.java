package clinic.consult.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoteRequest", example = "{\"text\":\"Left a voicemail, will try again Monday.\"}")
public record NoteRequest(@Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String text) {}
