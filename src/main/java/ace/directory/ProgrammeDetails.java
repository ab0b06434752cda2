package ace.directory;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A programme as the ISU edits it. */
public record ProgrammeDetails(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z0-9][A-Z0-9\\-]*") String code,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 4000) String howToAsk,
        @Nullable @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String website,
        long version) {
}
