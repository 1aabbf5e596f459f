package org.entente.access;

/** Who is making the current request. */
public interface CurrentActor {

    Actor get();
}
