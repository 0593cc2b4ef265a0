package dev.bpfj.core;

import static dev.bpfj.core.Opcodes.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BPF assembly in the syntax {@link Disassembler} prints — and the variants {@code llvm-objdump}
 * (14 to 19) and the kernel's verifier log print — into instructions.
 *
 * <p>A line holds one instruction, a label ({@code name:}), or nothing. {@code ;} and {@code //} start
 * comments; a leading slot number ({@code 12:}) and a trailing {@code <sym+0x10>} annotation are
 * ignored. Jump targets are relative ({@code goto +3}) or labels ({@code goto out}); {@code call name}
 * is a local call when {@code name} is a label, else a helper call.
 */
public final class AsmParser {

    /** Parsed instructions and where each label points (slot index). */
    public record Result(List<Instruction> instructions, Map<String, Integer> labels) {
        public Result {
            instructions = List.copyOf(instructions);
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }
    }

    private static final String NUM = "(-?(?:0[xX][0-9a-fA-F]+|\\d+))";
    private static final String REG = "([rw])(\\d+)";
    private static final String TARGET = "([+-]?(?:0[xX][0-9a-fA-F]+|\\d+)|[A-Za-z_.$][\\w.$]*)";
    private static final String MEMREF = "\\*\\(\\s*([us])(8|16|32|64)\\s*\\*\\s*\\)\\s*\\(\\s*r(\\d+)\\s*(?:([+-])\\s*" + NUM + ")?\\s*\\)";
    private static final String ADDR = "r(\\d+)\\s*(?:([+-])\\s*" + NUM + ")?";

    private static final Pattern LABEL = Pattern.compile("([A-Za-z_.$][\\w.$]*)\\s*:");
    private static final Pattern SLOT_PREFIX = Pattern.compile("^\\d+\\s*:\\s*");
    // llvm-objdump's "<sym+0x10>": no spaces inside, so "if w1 s< 0x3c goto +2 <f+0x20>" keeps its "s<"
    private static final Pattern ANNOTATION = Pattern.compile("\\s*<[^<>\\s]*>\\s*$");

    private static final Pattern P_EXIT = Pattern.compile("exit");
    private static final Pattern P_GOTO = Pattern.compile("(goto|gotol|ja|may_goto)\\s+" + TARGET);
    private static final Pattern P_CALL = Pattern.compile("call\\s+(.+)");
    private static final Pattern P_COND = Pattern.compile("if\\s+" + REG + "\\s*(==|!=|s>=|s<=|s>|s<|>=|<=|>|<|&)\\s*(?:" + REG + "|" + NUM + ")\\s+goto\\s+" + TARGET);
    private static final Pattern P_LDDW = Pattern.compile("r(\\d+)\\s*=\\s*" + NUM + "\\s*ll");
    private static final Pattern P_LDDW_PSEUDO = Pattern.compile("r(\\d+)\\s*=\\s*(map|map_value|map_idx|map_idx_value|btf_id|ksym|func)\\[([^\\]]+)\\]\\s*(?:\\[0\\])?\\s*(?:([+-])\\s*" + NUM + ")?\\s*(?:ll)?");
    private static final Pattern P_LDX = Pattern.compile(REG + "\\s*=\\s*" + MEMREF);
    private static final Pattern P_LD_ABS = Pattern.compile("r0\\s*=\\s*\\*\\(\\s*u(8|16|32)\\s*\\*\\s*\\)\\s*skb\\[\\s*" + NUM + "\\s*\\]");
    private static final Pattern P_LD_IND = Pattern.compile("r0\\s*=\\s*\\*\\(\\s*u(8|16|32)\\s*\\*\\s*\\)\\s*skb\\[\\s*r(\\d+)\\s*(?:([+-])\\s*" + NUM + ")?\\s*\\]");
    private static final Pattern P_STORE = Pattern.compile(MEMREF + "\\s*=\\s*(?:" + REG + "|" + NUM + ")");
    private static final Pattern P_LOCK = Pattern.compile("lock\\s+" + MEMREF + "\\s*(\\+=|\\|=|&=|\\^=)\\s*" + REG);
    private static final Pattern P_FETCH = Pattern.compile(REG + "\\s*=\\s*atomic_fetch_(add|or|and|xor)\\(\\s*\\(\\s*u(32|64)\\s*\\*\\s*\\)\\s*\\(\\s*" + ADDR + "\\s*\\)\\s*,\\s*" + REG + "\\s*\\)");
    private static final Pattern P_XCHG = Pattern.compile(REG + "\\s*=\\s*(xchg_64|xchg32_32)\\(\\s*" + ADDR + "\\s*,\\s*" + REG + "\\s*\\)");
    private static final Pattern P_CMPXCHG = Pattern.compile(REG + "\\s*=\\s*(cmpxchg_64|cmpxchg32_32)\\(\\s*" + ADDR + "\\s*,\\s*" + REG + "\\s*,\\s*" + REG + "\\s*\\)");
    private static final String TYPED = "\\(\\s*([us])(8|16|32|64)\\s*\\*\\s*\\)\\s*\\(\\s*r(\\d+)\\s*(?:([+-])\\s*" + NUM + ")?\\s*\\)";
    private static final Pattern P_LOAD_ACQ = Pattern.compile(REG + "\\s*=\\s*load_acquire\\(\\s*" + TYPED + "\\s*\\)");
    private static final Pattern P_STORE_REL = Pattern.compile("store_release\\(\\s*" + TYPED + "\\s*,\\s*" + REG + "\\s*\\)");
    private static final Pattern P_NEG = Pattern.compile(REG + "\\s*=\\s*-\\s*" + REG);
    private static final Pattern P_END = Pattern.compile(REG + "\\s*=\\s*(be|le|bswap)(16|32|64)\\s+" + REG);
    private static final Pattern P_MOVSX = Pattern.compile(REG + "\\s*=\\s*\\(\\s*s(8|16|32)\\s*\\)\\s*" + REG);
    private static final Pattern P_ALU = Pattern.compile(REG + "\\s*(=|\\+=|-=|\\*=|/=|s/=|\\|=|&=|<<=|>>=|s>>=|%=|s%=|\\^=)\\s*(?:" + REG + "|" + NUM + ")");
    private static final Pattern P_RAW = Pattern.compile("\\.insn\\s+code=" + NUM + "\\s+dst=" + NUM + "\\s+src=" + NUM + "\\s+off=" + NUM + "\\s+imm=" + NUM);

    private final String file;
    private final boolean recordSource;

    private AsmParser(String file, boolean recordSource) {
        this.file = file;
        this.recordSource = recordSource;
    }

    /** Parses instructions; labels are resolved, the text records no source locations. */
    public static List<Instruction> parse(String text) {
        return new AsmParser(null, false).run(text).instructions();
    }

    /** Parses instructions and remembers, for each, its line in {@code file} as its source location. */
    public static Result parse(String text, String file) {
        return new AsmParser(file, true).run(text);
    }

    /** Parses one instruction with a numeric jump target (no labels). */
    public static Instruction parseInstruction(String line) {
        List<Instruction> list = new AsmParser(null, false).run(line).instructions();
        if (list.size() != 1) {
            throw new BpfParseException(null, 1, "expected exactly one instruction in '" + line + "'");
        }
        return list.get(0);
    }

    /** An instruction whose jump or call target is still a label name. */
    private record Pending(Instruction insn, String label, int line, String text) {}

    private Result run(String text) {
        List<Pending> pending = new ArrayList<>();
        Map<String, Integer> labels = new LinkedHashMap<>();
        int slot = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).strip();
            line = SLOT_PREFIX.matcher(line).replaceFirst("");
            line = ANNOTATION.matcher(line).replaceFirst("").strip();
            while (true) {
                Matcher lm = LABEL.matcher(line);
                if (lm.lookingAt() && !line.startsWith("r") || (lm.lookingAt() && lm.end() == line.length())) {
                    String name = lm.group(1);
                    if (labels.put(name, slot) != null) {
                        throw new BpfParseException(file, n + 1, "label '" + name + "' is defined twice");
                    }
                    line = line.substring(lm.end()).strip();
                    continue;
                }
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            Pending p = parseLine(line, n + 1);
            pending.add(p);
            slot += p.insn().slots();
        }
        List<Instruction> out = new ArrayList<>(pending.size());
        slot = 0;
        for (Pending p : pending) {
            Instruction insn = p.insn();
            if (p.label() != null) {
                Integer target = labels.get(p.label());
                if (insn.isCall() && target == null) {
                    Helper h = Helpers.byName(p.label()).orElseThrow(() -> new BpfParseException(file, p.line(),
                            "'" + p.label() + "' is neither a label nor a known helper"));
                    insn = insn.withImm(h.id());
                } else if (target == null) {
                    throw new BpfParseException(file, p.line(), "jump to undefined label '" + p.label() + "'");
                } else {
                    int rel = target - (slot + 1);
                    if (insn.isCall()) {
                        insn = insn.withSrc(PSEUDO_CALL).withImm(rel).withReference(p.label());
                    } else if (insn.opcode() == LDDW) {
                        insn = insn.withImm(rel & 0xffffffffL).withReference(p.label());
                    } else {
                        if (insn.opcode() != GOTOL_OP && (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE)) {
                            throw new BpfParseException(file, p.line(), "jump to '" + p.label() + "' is " + rel
                                    + " slots away, beyond the 16-bit offset; use gotol");
                        }
                        insn = insn.withJumpOffset(rel);
                    }
                }
            }
            if (recordSource) {
                insn = insn.withSource(new SourceLocation(file, p.line(), 0, p.text()));
            }
            out.add(insn);
            slot += insn.slots();
        }
        return new Result(out, labels);
    }

    private static String stripComment(String line) {
        int cut = line.length();
        int semi = line.indexOf(';');
        if (semi >= 0) {
            cut = semi;
        }
        int slashes = line.indexOf("//");
        if (slashes >= 0 && slashes < cut) {
            cut = slashes;
        }
        return line.substring(0, cut);
    }

    private Pending parseLine(String line, int n) {
        try {
            return parseForms(line, n);
        } catch (NumberFormatException e) {
            throw new BpfParseException(file, n, "bad number in '" + line + "': " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BpfParseException(file, n, e.getMessage() + " in '" + line + "'");
        }
    }

    private Pending parseForms(String line, int n) {
        Matcher m;
        if ((m = P_EXIT.matcher(line)).matches()) {
            return done(new Instruction(EXIT_OP, 0, 0, 0, 0), line, n);
        }
        if ((m = P_GOTO.matcher(line)).matches()) {
            int op = switch (m.group(1)) {
                case "gotol" -> GOTOL_OP;
                case "may_goto" -> JMP | JCOND;
                default -> JA_OP;
            };
            return jumpTo(new Instruction(op, 0, 0, 0, 0), m.group(2), line, n);
        }
        if ((m = P_CALL.matcher(line)).matches()) {
            return call(m.group(1).strip(), line, n);
        }
        if ((m = P_COND.matcher(line)).matches()) {
            boolean wide = m.group(1).equals("r");
            int dst = reg(m.group(2));
            JumpOp op = JumpOp.ofOperator(m.group(3));
            Instruction insn;
            if (m.group(4) != null) {
                requireSameWidth(wide, m.group(4));
                insn = new Instruction((wide ? JMP : JMP32) | op.code() | X, dst, reg(m.group(5)), 0, 0);
            } else {
                insn = new Instruction((wide ? JMP : JMP32) | op.code() | K, dst, 0, 0, imm32(m.group(6)));
            }
            return jumpTo(insn, m.group(7), line, n);
        }
        if ((m = P_LDDW_PSEUDO.matcher(line)).matches()) {
            return lddwPseudo(m, line, n);
        }
        if ((m = P_LDDW.matcher(line)).matches()) {
            return done(new Instruction(LDDW, reg(m.group(1)), 0, 0, imm64(m.group(2))), line, n);
        }
        if ((m = P_LD_ABS.matcher(line)).matches()) {
            return done(new Instruction(LD | ABS | sizeOf(m.group(1)).code(), 0, 0, 0, imm32(m.group(2))), line, n);
        }
        if ((m = P_LD_IND.matcher(line)).matches()) {
            return done(new Instruction(LD | IND | sizeOf(m.group(1)).code(), 0, reg(m.group(2)), 0,
                    signed(m.group(3), m.group(4))), line, n);
        }
        if ((m = P_LDX.matcher(line)).matches()) {
            int mode = m.group(3).equals("s") ? MEMSX : MEM;
            Size size = sizeOf(m.group(4));
            if (mode == MEMSX && size == Size.DW) {
                throw new IllegalArgumentException("no sign-extending 64-bit load");
            }
            return done(new Instruction(LDX | mode | size.code(), reg(m.group(2)), reg(m.group(5)),
                    offset(m.group(6), m.group(7)), 0), line, n);
        }
        if ((m = P_LOCK.matcher(line)).matches()) {
            Size size = sizeOf(m.group(2));
            int op = switch (m.group(6)) {
                case "+=" -> Opcodes.ADD;
                case "|=" -> Opcodes.OR;
                case "&=" -> Opcodes.AND;
                default -> Opcodes.XOR;
            };
            return done(new Instruction(STX | ATOMIC | size.code(), reg(m.group(3)), reg(m.group(8)),
                    offset(m.group(4), m.group(5)), op), line, n);
        }
        if ((m = P_FETCH.matcher(line)).matches()) {
            int op = switch (m.group(3)) {
                case "add" -> Opcodes.ADD;
                case "or" -> Opcodes.OR;
                case "and" -> Opcodes.AND;
                default -> Opcodes.XOR;
            } | FETCH;
            Size size = sizeOf(m.group(4));
            if (reg(m.group(2)) != reg(m.group(9))) {
                throw new IllegalArgumentException("atomic_fetch writes the old value back to its source register");
            }
            return done(new Instruction(STX | ATOMIC | size.code(), reg(m.group(5)), reg(m.group(9)),
                    offset(m.group(6), m.group(7)), op), line, n);
        }
        if ((m = P_XCHG.matcher(line)).matches()) {
            Size size = m.group(3).equals("xchg_64") ? Size.DW : Size.W;
            if (reg(m.group(2)) != reg(m.group(8))) {
                throw new IllegalArgumentException("xchg writes the old value back to its source register");
            }
            return done(new Instruction(STX | ATOMIC | size.code(), reg(m.group(4)), reg(m.group(8)),
                    offset(m.group(5), m.group(6)), Opcodes.XCHG), line, n);
        }
        if ((m = P_CMPXCHG.matcher(line)).matches()) {
            Size size = m.group(3).equals("cmpxchg_64") ? Size.DW : Size.W;
            if (reg(m.group(2)) != 0 || reg(m.group(8)) != 0) {
                throw new IllegalArgumentException("cmpxchg compares with and writes to r0");
            }
            return done(new Instruction(STX | ATOMIC | size.code(), reg(m.group(4)), reg(m.group(10)),
                    offset(m.group(5), m.group(6)), Opcodes.CMPXCHG), line, n);
        }
        if ((m = P_LOAD_ACQ.matcher(line)).matches()) {
            return done(new Instruction(STX | ATOMIC | sizeOf(m.group(4)).code(), reg(m.group(2)), reg(m.group(5)),
                    offset(m.group(6), m.group(7)), Opcodes.LOAD_ACQ), line, n);
        }
        if ((m = P_STORE_REL.matcher(line)).matches()) {
            return done(new Instruction(STX | ATOMIC | sizeOf(m.group(2)).code(), reg(m.group(3)), reg(m.group(7)),
                    offset(m.group(4), m.group(5)), Opcodes.STORE_REL), line, n);
        }
        if ((m = P_STORE.matcher(line)).matches()) {
            Size size = sizeOf(m.group(2));
            int base = reg(m.group(3));
            int off = offset(m.group(4), m.group(5));
            if (m.group(6) != null) {
                return done(new Instruction(STX | MEM | size.code(), base, reg(m.group(7)), off, 0), line, n);
            }
            return done(new Instruction(ST | MEM | size.code(), base, 0, off, imm32(m.group(8))), line, n);
        }
        if ((m = P_NEG.matcher(line)).matches()) {
            if (!m.group(1).equals(m.group(3)) || reg(m.group(2)) != reg(m.group(4))) {
                throw new IllegalArgumentException("negation works in place (r1 = -r1)");
            }
            return done(new Instruction(cls(m.group(1)) | Opcodes.NEG, reg(m.group(2)), 0, 0, 0), line, n);
        }
        if ((m = P_END.matcher(line)).matches()) {
            if (reg(m.group(2)) != reg(m.group(6))) {
                throw new IllegalArgumentException("byte swaps work in place (r1 = be16 r1)");
            }
            int code = switch (m.group(3)) {
                case "be" -> ALU | Opcodes.END | TO_BE;
                case "le" -> ALU | Opcodes.END | TO_LE;
                default -> ALU64 | Opcodes.END | TO_LE;
            };
            return done(new Instruction(code, reg(m.group(2)), 0, 0, Integer.parseInt(m.group(4))), line, n);
        }
        if ((m = P_MOVSX.matcher(line)).matches()) {
            requireSameWidth(m.group(1).equals("r"), m.group(4));
            int bits = Integer.parseInt(m.group(3));
            return done(new Instruction(cls(m.group(1)) | MOV | X, reg(m.group(2)), reg(m.group(5)), bits, 0), line, n);
        }
        if ((m = P_ALU.matcher(line)).matches()) {
            boolean wide = m.group(1).equals("r");
            int dst = reg(m.group(2));
            AluOp op = aluOp(m.group(3));
            if (m.group(4) != null) {
                requireSameWidth(wide, m.group(4));
                return done(new Instruction(cls(m.group(1)) | op.code() | X, dst, reg(m.group(5)), op.offset(), 0), line, n);
            }
            return done(new Instruction(cls(m.group(1)) | op.code() | K, dst, 0, op.offset(), imm32(m.group(6))), line, n);
        }
        if ((m = P_RAW.matcher(line)).matches()) {
            int code = (int) parseNumber(m.group(1));
            long imm = parseNumber(m.group(5));
            return done(new Instruction(code, (int) parseNumber(m.group(2)), (int) parseNumber(m.group(3)),
                    (int) parseNumber(m.group(4)), code == Opcodes.LDDW ? imm : (int) imm), line, n);
        }
        throw new BpfParseException(file, n, "cannot parse '" + line + "' as a BPF instruction");
    }

    private Pending done(Instruction insn, String text, int n) {
        return new Pending(insn, null, n, text);
    }

    private Pending jumpTo(Instruction insn, String target, String text, int n) {
        if (Character.isDigit(target.charAt(0)) || target.charAt(0) == '+' || target.charAt(0) == '-') {
            long rel = parseNumber(target.startsWith("+") ? target.substring(1) : target);
            if (insn.opcode() != GOTOL_OP && (rel < Short.MIN_VALUE || rel > Short.MAX_VALUE)) {
                throw new IllegalArgumentException("jump offset " + rel + " does not fit 16 bits; use gotol");
            }
            return done(insn.withJumpOffset((int) rel), text, n);
        }
        return new Pending(insn, target, n, text);
    }

    private Pending call(String arg, String text, int n) {
        Instruction call = new Instruction(CALL_OP, 0, 0, 0, 0);
        if (arg.startsWith("pc")) {
            String rel = arg.substring(2).strip();
            return done(call.withSrc(PSEUDO_CALL).withImm(parseNumber(rel.startsWith("+") ? rel.substring(1) : rel)), text, n);
        }
        if (arg.startsWith("kfunc[") && arg.endsWith("]")) {
            String body = arg.substring(6, arg.length() - 1);
            int at = body.indexOf('@');
            int off = at < 0 ? 0 : Integer.parseInt(body.substring(at + 1));
            if (at < 0 && isIdentifier(body)) {
                // a kfunc by name, resolved to a BTF id by the loader
                return done(new Instruction(CALL_OP, 0, PSEUDO_KFUNC_CALL, 0, 0, body, null), text, n);
            }
            long id = parseNumber(at < 0 ? body : body.substring(0, at));
            return done(new Instruction(CALL_OP, 0, PSEUDO_KFUNC_CALL, off, (int) id), text, n);
        }
        String name = arg;
        int hash = name.indexOf('#');
        if (hash > 0) {
            // kernel log form: bpf_map_lookup_elem#1
            return done(call.withImm(Integer.parseInt(name.substring(hash + 1))), text, n);
        }
        if (Character.isDigit(name.charAt(0)) || name.charAt(0) == '-') {
            return done(call.withImm(imm32(name)), text, n);
        }
        return new Pending(call, name, n, text);
    }

    private Pending lddwPseudo(Matcher m, String text, int n) {
        int dst = reg(m.group(1));
        String kind = m.group(2);
        String inside = m.group(3).strip();
        long off = m.group(5) == null ? 0 : parseNumber(m.group(5)) * (m.group(4).equals("-") ? -1 : 1);
        switch (kind) {
            case "func": {
                Instruction insn = new Instruction(LDDW, dst, PSEUDO_FUNC, 0, 0);
                if (inside.startsWith("pc")) {
                    String rel = inside.substring(2).strip();
                    return done(insn.withImm(parseNumber(rel.startsWith("+") ? rel.substring(1) : rel) & 0xffffffffL), text, n);
                }
                return new Pending(insn, inside, n, text);
            }
            case "map", "map_value": {
                int src = kind.equals("map") ? PSEUDO_MAP_FD : PSEUDO_MAP_VALUE;
                long hi = (off & 0xffffffffL) << 32;
                if (inside.startsWith("fd:")) {
                    return done(new Instruction(LDDW, dst, src, 0, hi | (parseNumber(inside.substring(3)) & 0xffffffffL)), text, n);
                }
                if (inside.startsWith("id:")) {
                    throw new IllegalArgumentException("map[id:N] names a map loaded in a kernel; name the map instead");
                }
                return done(new Instruction(LDDW, dst, src, 0, hi, inside, null), text, n);
            }
            case "ksym", "btf_id": {
                if (isIdentifier(inside)) {
                    // a kernel variable by name: typed (btf_id) or typeless (ksym), resolved by the loader
                    if (off != 0) {
                        throw new IllegalArgumentException("a ksym reference takes no offset");
                    }
                    return done(new Instruction(LDDW, dst, kind.equals("ksym") ? 0 : PSEUDO_BTF_ID, 0, 0, inside, null),
                            text, n);
                }
                if (kind.equals("ksym")) {
                    throw new IllegalArgumentException("ksym[...] takes a symbol name");
                }
                return done(new Instruction(LDDW, dst, PSEUDO_BTF_ID, 0, ((off & 0xffffffffL) << 32)
                        | (parseNumber(inside) & 0xffffffffL)), text, n);
            }
            default: {
                int src = switch (kind) {
                    case "map_idx" -> PSEUDO_MAP_IDX;
                    case "map_idx_value" -> PSEUDO_MAP_IDX_VALUE;
                    default -> PSEUDO_BTF_ID;
                };
                return done(new Instruction(LDDW, dst, src, 0, ((off & 0xffffffffL) << 32) | (parseNumber(inside) & 0xffffffffL)),
                        text, n);
            }
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    private static AluOp aluOp(String op) {
        return switch (op) {
            case "=" -> AluOp.MOV;
            case "+=" -> AluOp.ADD;
            case "-=" -> AluOp.SUB;
            case "*=" -> AluOp.MUL;
            case "/=" -> AluOp.DIV;
            case "s/=" -> AluOp.SDIV;
            case "|=" -> AluOp.OR;
            case "&=" -> AluOp.AND;
            case "<<=" -> AluOp.LSH;
            case ">>=" -> AluOp.RSH;
            case "s>>=" -> AluOp.ARSH;
            case "%=" -> AluOp.MOD;
            case "s%=" -> AluOp.SMOD;
            default -> AluOp.XOR;
        };
    }

    private static int cls(String width) {
        return width.equals("r") ? ALU64 : ALU;
    }

    private static void requireSameWidth(boolean wide, String other) {
        if (wide != other.equals("r")) {
            throw new IllegalArgumentException("operands mix 64-bit (r) and 32-bit (w) registers");
        }
    }

    private static Size sizeOf(String bits) {
        return Size.ofBytes(Integer.parseInt(bits) / 8);
    }

    private static int reg(String digits) {
        int r = Integer.parseInt(digits);
        if (r > 10) {
            throw new IllegalArgumentException("no register r" + r + " (r0..r10 exist)");
        }
        return r;
    }

    private static int offset(String sign, String value) {
        if (value == null) {
            return 0;
        }
        long v = parseNumber(value) * (sign.equals("-") ? -1 : 1);
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw new IllegalArgumentException("offset " + v + " does not fit 16 bits");
        }
        return (int) v;
    }

    private static int signed(String sign, String value) {
        return value == null ? 0 : (int) (parseNumber(value) * (sign.equals("-") ? -1 : 1));
    }

    /** A 32-bit immediate: accepts -2^31 .. 2^32-1, the upper half wrapping to negative. */
    private static int imm32(String text) {
        long v = parseNumber(text);
        if (v < Integer.MIN_VALUE || v > 0xffffffffL) {
            throw new IllegalArgumentException("immediate " + text + " does not fit 32 bits");
        }
        return (int) v;
    }

    private static long imm64(String text) {
        boolean neg = text.startsWith("-");
        String t = neg ? text.substring(1) : text;
        long v = t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16)
                : Long.parseUnsignedLong(t);
        return neg ? -v : v;
    }

    static long parseNumber(String text) {
        String t = text.strip();
        boolean neg = t.startsWith("-");
        if (neg || t.startsWith("+")) {
            t = t.substring(1);
        }
        long v = t.startsWith("0x") || t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        return neg ? -v : v;
    }
}
