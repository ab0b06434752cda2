/** The frame of {@code ./ace} commands; modules contribute {@link ace.shared.cli.Command} beans. */
@NullMarked
@org.springframework.modulith.NamedInterface("cli")
package ace.shared.cli;

import org.jspecify.annotations.NullMarked;
