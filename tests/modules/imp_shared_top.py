"""Imports a module imp_shared_mid imported, and imp_shared_mid itself."""
import imp_shared_low
import imp_shared_mid


def twice():
    return imp_shared_mid.size() * 2 + imp_shared_low.SIZE
