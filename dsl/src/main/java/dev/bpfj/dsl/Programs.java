package dev.bpfj.dsl;

import dev.bpfj.core.spec.ObjectSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Entry points for build tools: compile a program class by class or by name. */
public final class Programs {
    private Programs() {}

    /** Instantiates {@code type} (public no-argument constructor) and builds it. */
    public static ObjectSpec compile(Class<? extends XdpProgram> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new BpfBuildException(null, type.getName() + " is abstract; compile a concrete program class");
        }
        XdpProgram p;
        try {
            var ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            p = ctor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new BpfBuildException(null, type.getName() + " needs a no-argument constructor to be compiled by name");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof BpfBuildException b) {
                throw b;
            }
            throw new BpfBuildException(null, "constructing " + type.getName() + " failed: " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new BpfBuildException(null, "cannot instantiate " + type.getName() + ": " + e);
        }
        return p.build();
    }

    /** Loads the class named {@code className} with {@code loader} and compiles it. */
    public static ObjectSpec compile(String className, ClassLoader loader) {
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new BpfBuildException(null, "no class " + className + " on the class path");
        }
        if (!XdpProgram.class.isAssignableFrom(c)) {
            throw new BpfBuildException(null, className + " does not extend XdpProgram");
        }
        return compile(c.asSubclass(XdpProgram.class));
    }
}
