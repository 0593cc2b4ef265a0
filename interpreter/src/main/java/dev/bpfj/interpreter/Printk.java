package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bpf_trace_printk(fmt, fmt_size, arg1, arg2, arg3)} and {@code bpf_trace_vprintk(fmt,
 * fmt_size, args, data_len)} (what libbpf's {@code bpf_printk} calls with more than three
 * arguments): the format checks of
 * {@code bpf_bprintf_prepare} ({@code kernel/bpf/helpers.c}) — no more conversions than arguments, flags
 * {@code 0+- }, a width, no precision; {@code %d %i %u %x %X} with {@code l}/{@code ll},
 * {@code %c}, {@code %s}, {@code %p} and its {@code K x s S B i4 I4 i6 I6 ks us} forms — then the
 * text {@code bstr_printf} would produce. Returns its length, as Linux does, and records the text
 * as an event of the run.
 */
final class Printk {
    private Printk() {}

    private static final int MAX_BUF = 1024;
    /** {@code MAX_BPRINTF_VARARGS}: the most arguments {@code bpf_trace_vprintk} takes. */
    private static final int MAX_VARARGS = 12;
    private static final dev.bpfj.core.Helper TRACE_VPRINTK = Helpers.get(177);

    static long call(Vm vm, long fmt, long fmtSize, long a1, long a2, long a3) {
        return print(vm, fmt, fmtSize, new long[] {a1, a2, a3}, Helpers.TRACE_PRINTK);
    }

    /** {@code bpf_trace_vprintk}: the arguments are {@code data_len / 8} u64s in memory. */
    static long vprintk(Vm vm, long fmt, long fmtSize, long args, long dataLen, long r5) {
        long len = dataLen & 0xffffffffL;
        if ((len & 7) != 0 || len > MAX_VARARGS * 8 || len != 0 && args == 0) {
            return Errno.EINVAL.negative();
        }
        long[] values = new long[(int) len / 8];
        if (len > 0) {
            Region a = XdpHelpers.sizedArgument(vm, args, len, false, TRACE_VPRINTK);
            for (int i = 0; i < values.length; i++) {
                values[i] = Memory.read(a.bytes, (int) args + 8 * i, 8);
            }
        }
        return print(vm, fmt, fmtSize, values, TRACE_VPRINTK);
    }

    private static long print(Vm vm, long fmt, long fmtSize, long[] args, dev.bpfj.core.Helper helper) {
        Region g = XdpHelpers.sizedArgument(vm, fmt, fmtSize, false, helper);
        int o = (int) fmt;
        int n = (int) fmtSize;
        int end = -1;
        for (int i = 0; i < n; i++) {
            if (g.bytes[o + i] == 0) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Errno.EINVAL.negative();
        }
        byte[] f = new byte[end + 1];
        System.arraycopy(g.bytes, o, f, 0, end + 1);
        String text = format(vm, f, args);
        if (text == null) {
            return Errno.EINVAL.negative();
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        String kept = bytes.length >= MAX_BUF ? new String(bytes, 0, MAX_BUF - 1, StandardCharsets.ISO_8859_1) : text;
        vm.machine.events.add(new Event.TracePrint(decode(kept)));
        return bytes.length;
    }

    private static String decode(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isPunct(int c) {
        return c > 32 && c < 127 && !Character.isLetterOrDigit(c);
    }

    private static boolean isPrint(int c) {
        return c >= 32 && c < 127;
    }

    /** The formatted text, or null where the kernel answers -EINVAL. Bytes are handled as Latin-1. */
    static String format(Vm vm, byte[] f, long[] args) {
        StringBuilder out = new StringBuilder();
        int spec = 0;
        int len = f.length - 1; // f ends with NUL
        for (int i = 0; i < len; i++) {
            int c = f[i] & 0xff;
            if (c < 0x80 && !isPrint(c) && !isSpace(c)) {
                return null;
            }
            if (c != '%') {
                out.append((char) c);
                continue;
            }
            if ((f[i + 1] & 0xff) == '%') {
                out.append('%');
                i++;
                continue;
            }
            if (spec >= args.length) {
                return null;
            }
            i++;
            if ((f[i] & 0xff) >= 0x80) {
                return null;
            }
            boolean zero = false;
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            while (f[i] == '0' || f[i] == '+' || f[i] == '-' || f[i] == ' ') {
                zero |= f[i] == '0';
                left |= f[i] == '-';
                plus |= f[i] == '+';
                space |= f[i] == ' ';
                i++;
            }
            int width = 0;
            if (f[i] >= '1' && f[i] <= '9') {
                while (f[i] >= '0' && f[i] <= '9') {
                    width = width * 10 + (f[i] - '0');
                    i++;
                }
            }
            long arg = args[spec];
            String piece;
            if (f[i] == 'p') {
                int next = f[i + 1] & 0xff;
                if (next == 0 || isSpace(next) || isPunct(next)) {
                    piece = String.format("%016x", arg);
                } else if ((next == 'k' || next == 'u') && f[i + 2] == 's') {
                    i += 2;
                    int after = f[i + 1] & 0xff;
                    if (after != 0 && !isSpace(after) && !isPunct(after)) {
                        return null;
                    }
                    piece = string(vm, arg);
                } else if (next == 'K' || next == 'x' || next == 's' || next == 'S' || next == 'B') {
                    i++;
                    piece = next == 'K' ? String.format("%016x", 0) : next == 'x' ? String.format("%016x", arg)
                            : "0x" + Long.toHexString(arg);
                } else if ((next == 'i' || next == 'I') && (f[i + 2] == '4' || f[i + 2] == '6')) {
                    i += 2;
                    piece = ip(vm, arg, f[i] == '4' ? 4 : 16, next == 'I');
                } else {
                    return null;
                }
            } else if (f[i] == 's') {
                int after = f[i + 1] & 0xff;
                if (after != 0 && !isSpace(after) && !isPunct(after)) {
                    return null;
                }
                piece = string(vm, arg);
            } else if (f[i] == 'c') {
                piece = String.valueOf((char) (arg & 0xff));
            } else {
                int size = 4;
                if (f[i] == 'l') {
                    size = 8;
                    i++;
                }
                if (f[i] == 'l') {
                    i++;
                }
                int conv = f[i];
                if (conv != 'i' && conv != 'd' && conv != 'u' && conv != 'x' && conv != 'X') {
                    return null;
                }
                piece = number(arg, size, conv, plus, space);
            }
            spec++;
            out.append(pad(piece, width, left, zero && !left && f[i] != 's' && f[i] != 'c'));
        }
        return out.toString();
    }

    private static String number(long arg, int size, int conv, boolean plus, boolean space) {
        long v = size == 4 ? (conv == 'd' || conv == 'i' ? (int) arg : arg & 0xffffffffL) : arg;
        return switch (conv) {
            case 'd', 'i' -> (v >= 0 ? (plus ? "+" : space ? " " : "") : "") + v;
            case 'u' -> Long.toUnsignedString(v);
            case 'x' -> Long.toHexString(v);
            default -> Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static String pad(String s, int width, boolean left, boolean zero) {
        if (s.length() >= width) {
            return s;
        }
        String fill = String.valueOf(zero ? '0' : ' ').repeat(width - s.length());
        if (left) {
            return s + fill;
        }
        if (zero && !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == ' ')) {
            return s.charAt(0) + fill + s.substring(1);
        }
        return fill + s;
    }

    /** A NUL-terminated string the program points at; unreadable memory reads as empty, as in Linux. */
    private static String string(Vm vm, long ptr) {
        Region g = vm.mem.regionOf(ptr);
        int o = (int) ptr;
        if (g.bytes == null || g.kind == Region.CTX || o < g.lo || o >= g.hi) {
            return "";
        }
        List<Byte> bytes = new ArrayList<>();
        for (int i = o; i < g.hi && g.bytes[i] != 0 && bytes.size() < MAX_BUF; i++) {
            bytes.add(g.bytes[i]);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append((char) (b & 0xff));
        }
        return sb.toString();
    }

    private static String ip(Vm vm, long ptr, int size, boolean canonical) {
        byte[] a = new byte[size];
        Region g = vm.mem.regionOf(ptr);
        int o = (int) ptr;
        if (g.bytes != null && g.kind != Region.CTX && o >= g.lo && o + size <= g.hi) {
            System.arraycopy(g.bytes, o, a, 0, size);
        }
        StringBuilder sb = new StringBuilder();
        if (size == 4) {
            for (int i = 0; i < 4; i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(canonical ? String.valueOf(a[i] & 0xff) : String.format("%03d", a[i] & 0xff));
            }
        } else {
            for (int i = 0; i < 16; i += 2) {
                if (canonical && i > 0) {
                    sb.append(':');
                }
                sb.append(String.format("%02x%02x", a[i] & 0xff, a[i + 1] & 0xff));
            }
        }
        return sb.toString();
    }
}
