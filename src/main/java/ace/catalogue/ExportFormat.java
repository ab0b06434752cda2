package ace.catalogue;

import java.io.IOException;
import java.io.OutputStream;

/** An export format contributed by another module (IATI, by matching); {@code ./ace export --format NAME}. */
public interface ExportFormat {

    String name();

    /** Writes the export for this viewer; returns the number of records written. */
    long write(Viewer viewer, OutputStream out) throws IOException;
}
