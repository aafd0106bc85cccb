package de.anliegen.web;

import java.lang.reflect.Proxy;

/** Fakes of the container's interfaces for unit tests: each call of a method answered by its name. */
public final class Fakes {

    private Fakes() {}

    public interface Answers {
        Object answer(String method, Object[] args) throws Exception;
    }

    public static <T> T fake(Class<T> type, Answers answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null;
            }
            return answers.answer(method.getName(), args);
        }));
    }
}
