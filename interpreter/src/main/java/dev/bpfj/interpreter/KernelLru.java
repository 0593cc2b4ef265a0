package dev.bpfj.interpreter;

import java.util.function.Consumer;

/**
 * The replacement policy of {@code LRU_HASH} and {@code LRU_PERCPU_HASH} maps as Linux implements it
 * ({@code kernel/bpf/bpf_lru_list.c}), so an interpreted program sees the same elements evicted as a
 * loaded one: not exact least-recently-used, but active and inactive lists with reference bits,
 * per-CPU local free and pending lists, and batch eviction — a CPU that runs out of free nodes takes
 * {@code target_free} of them at once from the global list, shrinking the inactive list for the rest,
 * so a map can drop several elements before it is full. With {@code BPF_F_NO_COMMON_LRU} each CPU has
 * lists of its own.
 *
 * <p>Free nodes carry nothing, so free lists are counts; the other lists hold the map's elements in
 * Linux's order (circular lists with a head, as {@code list_head}, so that the inactive rotation
 * pointer moves exactly as the kernel's).
 */
final class KernelLru {
    static final int ACTIVE = 0;
    static final int INACTIVE = 1;
    static final int FREE = 2;
    static final int LOCAL_FREE = 3;
    static final int LOCAL_PENDING = 4;

    private static final int LOCAL_FREE_TARGET = 128;
    private static final int PERCPU_FREE_TARGET = 4;

    /** One element's place in the lists. */
    static final class Node {
        final Object elem;
        Node prev;
        Node next;
        int type;
        boolean ref;
        int cpu;

        Node(Object elem) {
            this.elem = elem;
            this.prev = this;
            this.next = this;
        }
    }

    /** {@code struct bpf_lru_list}: active and inactive lists, free nodes, the inactive rotation point. */
    private static final class LruList {
        final Node active = new Node(null);
        final Node inactive = new Node(null);
        final int[] counts = new int[2];
        int free;
        Node nextInactiveRotation = inactive;
    }

    /** {@code struct bpf_lru_locallist}: a CPU's own free nodes and the elements it added since the last flush. */
    private static final class LocalList {
        final Node pending = new Node(null);
        int free;
        int nextSteal;
    }

    private final boolean percpu;
    private final int cpus;
    private final int nrScans;
    private final int targetFree;
    private final LruList common;
    private final LocalList[] local;
    private final LruList[] percpuLists;
    /** Removes an element from the hash table ({@code htab_lru_map_delete_node}). */
    private final Consumer<Object> evict;

    /**
     * @param nrElems the map's max_entries (after {@link #adjustedMaxEntries} for per-CPU lists)
     * @param cpus possible CPUs
     */
    KernelLru(int nrElems, int cpus, boolean percpu, Consumer<Object> evict) {
        this.percpu = percpu;
        this.cpus = cpus;
        this.evict = evict;
        if (percpu) {
            nrScans = PERCPU_FREE_TARGET;
            targetFree = 0;
            common = null;
            local = null;
            percpuLists = new LruList[cpus];
            int each = nrElems / cpus;
            for (int c = 0; c < cpus; c++) {
                percpuLists[c] = new LruList();
                percpuLists[c].free = each;
            }
        } else {
            nrScans = LOCAL_FREE_TARGET;
            targetFree = Math.clamp((nrElems / cpus) / 2, 1, LOCAL_FREE_TARGET);
            common = new LruList();
            common.free = nrElems;
            local = new LocalList[cpus];
            for (int c = 0; c < cpus; c++) {
                local[c] = new LocalList();
                local[c].nextSteal = c;
            }
            percpuLists = null;
        }
    }

    /** max_entries as {@code htab_map_alloc} sets it for per-CPU lists: a multiple of the CPU count. */
    static int adjustedMaxEntries(int maxEntries, int cpus, boolean percpu) {
        if (!percpu) {
            return maxEntries;
        }
        long up = ((long) maxEntries + cpus - 1) / cpus * cpus;
        return up > Integer.MAX_VALUE ? maxEntries / cpus * cpus : (int) up;
    }

    // ---- list_head ----

    private static void del(Node n) {
        n.prev.next = n.next;
        n.next.prev = n.prev;
        n.prev = n;
        n.next = n;
    }

    private static void addHead(Node n, Node head) {
        n.next = head.next;
        n.prev = head;
        head.next.prev = n;
        head.next = n;
    }

    private static boolean empty(Node head) {
        return head.next == head;
    }

    private static Node list(LruList l, int type) {
        return type == ACTIVE ? l.active : l.inactive;
    }

    // ---- bpf_lru_list.c ----

    /** {@code __bpf_lru_node_move_to_free} into a counted free list. */
    private void moveToFree(LruList l, Node n) {
        if (n == l.nextInactiveRotation) {
            l.nextInactiveRotation = l.nextInactiveRotation.prev;
        }
        l.counts[n.type]--;
        del(n);
        n.type = FREE;
    }

    /** {@code __bpf_lru_node_move_in}: from a local list into active or inactive. */
    private static void moveIn(LruList l, Node n, int type) {
        l.counts[type]++;
        n.type = type;
        n.ref = false;
        del(n);
        addHead(n, list(l, type));
    }

    /** {@code __bpf_lru_node_move} within or between active and inactive. */
    private static void move(LruList l, Node n, int type) {
        if (n.type != type) {
            l.counts[n.type]--;
            l.counts[type]++;
            n.type = type;
        }
        n.ref = false;
        if (n == l.nextInactiveRotation) {
            l.nextInactiveRotation = l.nextInactiveRotation.prev;
        }
        del(n);
        addHead(n, list(l, type));
    }

    private void rotateActive(LruList l) {
        Node head = l.active;
        Node first = head.next;
        int i = 0;
        for (Node n = head.prev, tmp = n.prev; n != head; n = tmp, tmp = n.prev) {
            move(l, n, n.ref ? ACTIVE : INACTIVE);
            if (++i == nrScans || n == first) {
                break;
            }
        }
    }

    private void rotateInactive(LruList l) {
        Node inactive = l.inactive;
        if (empty(inactive)) {
            return;
        }
        Node last = l.nextInactiveRotation.next;
        if (last == inactive) {
            last = last.next;
        }
        Node cur = l.nextInactiveRotation;
        Node next = inactive;
        int i = 0;
        while (i < nrScans) {
            if (cur == inactive) {
                cur = cur.prev;
                continue;
            }
            next = cur.prev;
            if (cur.ref) {
                move(l, cur, ACTIVE);
            }
            if (cur == last) {
                break;
            }
            cur = next;
            i++;
        }
        l.nextInactiveRotation = next;
    }

    private void rotate(LruList l) {
        if (l.counts[INACTIVE] < l.counts[ACTIVE]) {
            rotateActive(l);
        }
        rotateInactive(l);
    }

    /** {@code __bpf_lru_list_shrink_inactive}: evicts unreferenced inactive elements from the tail. */
    private int shrinkInactive(LruList l, int target) {
        Node head = l.inactive;
        int shrunk = 0;
        int i = 0;
        for (Node n = head.prev, tmp = n.prev; n != head; n = tmp, tmp = n.prev) {
            if (n.ref) {
                move(l, n, ACTIVE);
            } else {
                evict.accept(n.elem);
                moveToFree(l, n);
                if (++shrunk == target) {
                    break;
                }
            }
            if (++i == nrScans) {
                break;
            }
        }
        return shrunk;
    }

    /** {@code __bpf_lru_list_shrink}; returns how many nodes it freed (they are not yet counted anywhere). */
    private int shrink(LruList l, int target) {
        int shrunk = shrinkInactive(l, target);
        if (shrunk > 0) {
            return shrunk;
        }
        Node force = !empty(l.inactive) ? l.inactive : l.active;
        if (force.prev != force) {
            Node n = force.prev;
            evict.accept(n.elem);
            moveToFree(l, n);
            return 1;
        }
        return 0;
    }

    private void flush(LocalList loc) {
        Node head = loc.pending;
        for (Node n = head.prev, tmp = n.prev; n != head; n = tmp, tmp = n.prev) {
            moveIn(common, n, n.ref ? ACTIVE : INACTIVE);
        }
    }

    private void popFreeToLocal(LocalList loc) {
        flush(loc);
        rotate(common);
        int nfree = Math.min(common.free, targetFree);
        common.free -= nfree;
        loc.free += nfree;
        if (nfree < targetFree) {
            loc.free += shrink(common, targetFree - nfree);
        }
    }

    private static void addPending(LocalList loc, int cpu, Node n) {
        n.cpu = cpu;
        n.type = LOCAL_PENDING;
        n.ref = false;
        addHead(n, loc.pending);
    }

    /** {@code __local_list_pop_pending}: takes an element from a CPU's pending list, unreferenced ones first. */
    private boolean popPending(LocalList loc) {
        for (boolean force : new boolean[] {false, true}) {
            Node head = loc.pending;
            for (Node n = head.prev; n != head; n = n.prev) {
                if (!n.ref || force) {
                    evict.accept(n.elem);
                    del(n);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code bpf_lru_pop_free}: makes room for a new element on {@code cpu}, evicting others as Linux
     * would, and gives {@code elem} its node; false when there is no node at all ({@code -ENOMEM}).
     */
    boolean pop(Node node, int cpu) {
        if (percpu) {
            LruList l = percpuLists[cpu];
            rotate(l);
            if (l.free == 0) {
                l.free += shrink(l, PERCPU_FREE_TARGET);
            }
            if (l.free == 0) {
                return false;
            }
            l.free--;
            node.cpu = cpu;
            node.type = INACTIVE;
            node.ref = false;
            l.counts[INACTIVE]++;
            addHead(node, l.inactive);
            return true;
        }
        LocalList loc = local[cpu];
        if (loc.free == 0) {
            popFreeToLocal(loc);
        }
        if (loc.free > 0) {
            loc.free--;
            addPending(loc, cpu, node);
            return true;
        }
        int first = loc.nextSteal;
        int steal = first;
        boolean found;
        do {
            LocalList from = local[steal];
            if (from.free > 0) {
                from.free--;
                found = true;
            } else {
                found = popPending(from);
            }
            steal = steal + 1 < cpus ? steal + 1 : 0;
        } while (!found && steal != first);
        loc.nextSteal = steal;
        if (found) {
            addPending(loc, cpu, node);
        }
        return found;
    }

    /** {@code bpf_lru_node_set_ref}: a program looked the element up (or replaced it). */
    static void setRef(Node n) {
        n.ref = true;
    }

    /** {@code bpf_lru_push_free}: the element was deleted or replaced; its node becomes free. */
    void pushFree(Node n) {
        if (percpu) {
            LruList l = percpuLists[n.cpu];
            if (n == l.nextInactiveRotation) {
                l.nextInactiveRotation = l.nextInactiveRotation.prev;
            }
            if (n.type == ACTIVE || n.type == INACTIVE) {
                l.counts[n.type]--;
            }
            del(n);
            n.type = FREE;
            l.free++;
            return;
        }
        if (n.type == LOCAL_PENDING) {
            del(n);
            n.type = LOCAL_FREE;
            local[n.cpu].free++;
            return;
        }
        if (n == common.nextInactiveRotation) {
            common.nextInactiveRotation = common.nextInactiveRotation.prev;
        }
        if (n.type == ACTIVE || n.type == INACTIVE) {
            common.counts[n.type]--;
        }
        del(n);
        n.type = FREE;
        common.free++;
    }
}
