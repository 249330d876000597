package org.netroute.checker.alloy.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The primitives of the pipe between NetRoute and its solver process: strings as a length and
 * UTF-8 bytes (instances exceed {@link DataOutputStream#writeUTF}'s 64 KB), optional strings,
 * lists and ordered maps. Both sides are the same jar, so there is no version to negotiate.
 */
final class Frames {

    private Frames() {
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("a string of negative length " + length + " on the solver pipe");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeOptional(DataOutputStream out, Optional<String> text) throws IOException {
        out.writeBoolean(text.isPresent());
        if (text.isPresent()) {
            writeString(out, text.get());
        }
    }

    static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String item : items) {
            writeString(out, item);
        }
    }

    static List<String> readList(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(readString(in));
        }
        return items;
    }

    /** A map in its iteration order (file order matters: "the first violation in file order"). */
    static <K> void writeMap(DataOutputStream out, Map<K, String> map, Function<K, String> key) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<K, String> entry : map.entrySet()) {
            writeString(out, key.apply(entry.getKey()));
            writeString(out, entry.getValue());
        }
    }

    static <K> Map<K, String> readMap(DataInputStream in, Function<String, K> key) throws IOException {
        int size = in.readInt();
        Map<K, String> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            K k = key.apply(readString(in));
            map.put(k, readString(in));
        }
        return map;
    }
}
