package clinic.consult.slot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A computed list of days with its JSON, written once when it is computed: a cached list is served many times, and
 * each answer then copies its bytes instead of writing its hundreds of slots again. Read as a list, it is the days.
 */
final class WrittenDays extends AbstractList<DaySlots> implements RandomAccess {

    private final List<DaySlots> days;
    private final SerializableString json;

    WrittenDays(List<DaySlots> days, String json) {
        this.days = List.copyOf(days);
        var written = new SerializedString(json);
        // encoded now, by the caller that computed the list, rather than by the first answer
        written.asUnquotedUTF8();
        this.json = written;
    }

    @Override
    public DaySlots get(int index) {
        return days.get(index);
    }

    @Override
    public int size() {
        return days.size();
    }

    /** Writes a {@link WrittenDays} as its JSON, any other list of days as Jackson would. */
    static final class Serializer extends StdSerializer<List<DaySlots>> {

        @SuppressWarnings("unchecked")
        Serializer() {
            super((Class<List<DaySlots>>) (Class<?>) List.class);
        }

        @Override
        public void serialize(List<DaySlots> days, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (days instanceof WrittenDays written) {
                generator.writeRawValue(written.json);
            } else {
                provider.defaultSerializeValue(days, generator);
            }
        }
    }
}
