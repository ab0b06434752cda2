package ace.directory;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation's registry entry as the ISU edits it. */
public record OrganisationDetails(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[\\p{L}\\p{N}&.\\- ]+") String acronym,
        @NotBlank @Size(max = 300) String name,
        @NotNull OrganisationKind kind,
        @Nullable @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String website,
        @Nullable @Size(max = 4000) String description,
        long version) {
}
