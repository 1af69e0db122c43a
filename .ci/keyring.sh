# shellcheck shell=bash
# Sourced by .ci/run before the tests, so that tests/keyring.rs exercises a real Linux
# keyring: installs what the stores need if missing (dbus, gnome-keyring, keyutils), starts
# a session bus and an unlocked gnome-keyring-daemon, and exports DBUS_SESSION_BUS_ADDRESS
# (and MONITIS_CI_DBUS_PID: killing the bus also ends gnome-keyring-daemon).
# It never fails the run, even under `set -e`: when a piece cannot be started it says so,
# and the keyring test then reports itself as skipped, with the reason.

monitis_secret_service_answers() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

monitis_keyring_setup() {
    local missing=() sudo=() log
    command -v dbus-daemon >/dev/null || missing+=(dbus)
    command -v dbus-send >/dev/null || missing+=(dbus-bin)
    command -v gnome-keyring-daemon >/dev/null || missing+=(gnome-keyring)
    # keyctl is not used by the CLI; it is there to inspect the kernel keyring by hand.
    command -v keyctl >/dev/null || missing+=(keyutils)
    [ "$(id -u)" = 0 ] || sudo=(sudo -n)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "keyring.sh: installing ${missing[*]}" >&2
        log=$(mktemp)
        # A fresh image may have no package lists: update only when the install fails.
        if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
               || { "${sudo[@]}" apt-get update -q \
                    && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; }; } >"$log" 2>&1
        then
            tail -n 5 "$log" >&2
            echo "keyring.sh: could not install ${missing[*]}; the keyring test may be skipped" >&2
        fi
        rm -f "$log"
    fi

    # A desktop session that already has a Secret Service keeps it.
    if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && monitis_secret_service_answers; then
        echo "keyring.sh: using the Secret Service already on $DBUS_SESSION_BUS_ADDRESS" >&2
        return 0
    fi
    if ! command -v dbus-daemon >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
        echo "keyring.sh: no dbus-daemon or gnome-keyring-daemon; no Secret Service (the kernel keyring may still work)" >&2
        return 0
    fi

    # The daemons want a private runtime folder, which a CI shell often lacks.
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "$XDG_RUNTIME_DIR" ]; then
        XDG_RUNTIME_DIR=$(mktemp -d) && export XDG_RUNTIME_DIR || return 0
    fi

    # dbus-run-session cannot wrap the shell that sources this, so fork a bus and export it.
    local addr pid
    addr=$(mktemp) && pid=$(mktemp) || return 0
    if dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$addr" 4>"$pid"; then
        DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$addr")
        MONITIS_CI_DBUS_PID=$(head -n 1 "$pid")
        export DBUS_SESSION_BUS_ADDRESS MONITIS_CI_DBUS_PID
        rm -f "$addr" "$pid"
    else
        rm -f "$addr" "$pid"
        echo "keyring.sh: could not start a D-Bus session bus; no Secret Service" >&2
        return 0
    fi

    # A fresh data folder: the login keyring is created with this throwaway password and
    # unlocked, instead of meeting an old one locked with another password.
    local data tries=0
    data=$(mktemp -d) || return 0
    printf 'monitis-ci' | XDG_DATA_HOME="$data" gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null 2>&1
    # The daemon claims its bus name shortly after it has forked.
    until monitis_secret_service_answers || [ $((tries += 1)) -gt 50 ]; do sleep 0.1; done
    if monitis_secret_service_answers; then
        echo "keyring.sh: Secret Service (gnome-keyring, unlocked) on $DBUS_SESSION_BUS_ADDRESS" >&2
    else
        echo "keyring.sh: gnome-keyring-daemon did not start; no Secret Service (the kernel keyring may still work)" >&2
    fi
}

monitis_keyring_setup || true
unset -f monitis_keyring_setup monitis_secret_service_answers
