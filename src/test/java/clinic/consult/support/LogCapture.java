package clinic.consult.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every log record written while it is open, formatted as the console would show the message. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger root = Logger.getLogger("");

    private LogCapture() {}

    public static LogCapture start() {
        var capture = new LogCapture();
        capture.root.addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** Every captured message with its parameters filled in, plus its exception chain's text. */
    public synchronized String text() {
        var text = new StringBuilder();
        for (var record : records) {
            var message = record.getMessage();
            if (record instanceof org.jboss.logmanager.ExtLogRecord ext) {
                message = ext.getFormattedMessage();
            }
            text.append(message).append('\n');
            for (var thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                text.append(thrown).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
