#!/usr/bin/env bash
# End-to-end: `suminuri mail` as a Postfix after-queue content filter (pipe(8) + re-injection
# with `sendmail -G -i`), in a private Postfix instance on 127.0.0.1 with its own config and
# queue directory. Checks that delivered Maildir messages are redacted, and that a filter that
# crashes or hangs makes Postfix defer (never bounce, never deliver). Stops only the instance
# it started. Run as root on Debian; exits non-zero on any failure.
#
# SUMINURI_BIN overrides the binary (default: a release build of this checkout).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

say() { echo "mail-e2e: $*" >&2; }
die() { say "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (Postfix needs it)"

# --- what it needs ---------------------------------------------------------------------------
need=()
command -v postfix >/dev/null 2>&1 || need+=(postfix)
command -v swaks >/dev/null 2>&1 || need+=(swaks)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The Debian package may leave no main.cf ("No configuration"); postdrop reads it for
# alternate_config_directories.
[ -f /etc/postfix/main.cf ] || touch /etc/postfix/main.cf

if [ -n "${SUMINURI_BIN:-}" ]; then
  BIN=$SUMINURI_BIN
else
  bash .ci/setup
  swift build -c release --product suminuri >&2
  BIN="$ROOT/.build/release/suminuri"
fi
[ -x "$BIN" ] || die "no suminuri binary at $BIN"

# --- a private instance ----------------------------------------------------------------------
D=$(mktemp -d /tmp/suminuri-postfix.XXXXXX)
chmod 755 "$D"
CONF=$D/etc
mkdir -p "$CONF" "$D/queue" "$D/data" "$D/mail" "$D/bin"
cp "$BIN" "$D/bin/suminuri"
chmod 755 "$D/bin/suminuri"
chown postfix "$D/queue" "$D/data"
chown nobody:nogroup "$D/mail"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PORT_OK=$(free_port); PORT_CRASH=$(free_port); PORT_HANG=$(free_port)
while [ "$PORT_CRASH" = "$PORT_OK" ]; do PORT_CRASH=$(free_port); done
while [ "$PORT_HANG" = "$PORT_OK" ] || [ "$PORT_HANG" = "$PORT_CRASH" ]; do PORT_HANG=$(free_port); done

DEFAULT_ALTERNATES=$(postconf -h alternate_config_directories 2>/dev/null || true)
STARTED=0
cleanup() {
  status=$?
  if [ "$STARTED" = 1 ]; then postfix -c "$CONF" stop >/dev/null 2>&1 || true; fi
  # Put the default main.cf back as it was.
  if [ -n "$DEFAULT_ALTERNATES" ]; then
    postconf -e "alternate_config_directories = $DEFAULT_ALTERNATES"
  else
    postconf -X alternate_config_directories 2>/dev/null || true
  fi
  if [ $status -ne 0 ] && [ -f "$D/maillog" ]; then say "maillog:"; tail -n 40 "$D/maillog" >&2; fi
  [ -n "${KEEP:-}" ] || rm -rf "$D"
  exit $status
}
trap cleanup EXIT

# postdrop (setgid, run by the filter's `sendmail`) accepts a non-default config directory
# only when the default main.cf lists it.
postconf -e "alternate_config_directories = ${DEFAULT_ALTERNATES:+$DEFAULT_ALTERNATES, }$CONF"

cat > "$CONF/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $D/queue
data_directory = $D/data
mail_owner = postfix
setgid_group = postdrop
myhostname = suminuri-e2e.localdomain
mydomain = localdomain
myorigin = \$myhostname
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
mydestination =
alias_maps =
alias_database =
relayhost =
smtpd_relay_restrictions = permit_mynetworks, reject
virtual_mailbox_domains = example.test
virtual_mailbox_base = $D/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_minimum_uid = 100
maillog_file = $D/maillog
maillog_file_prefixes = $D
smtputf8_enable = no
# Retry deferred mail rarely, so that a deferred message stays visible in the queue.
queue_run_delay = 300s
minimal_backoff_time = 300s
suminuri_destination_recipient_limit = 1
suminuri-crash_destination_recipient_limit = 1
suminuri-hang_destination_recipient_limit = 1
EOF

# The filter script as documented in README "Mail intake", with its paths made private.
write_filter() { # name command timeout
  cat > "$D/bin/$1" <<EOF
#!/bin/sh
# Postfix pipe(8) content filter: redact, then re-inject. Any failure → 75 (EX_TEMPFAIL).
SUMINURI="$2"
SENDMAIL="/usr/sbin/sendmail -C $CONF"
TIMEOUT=$3
umask 077
tmp=\$(mktemp) || exit 75
trap 'rm -f "\$tmp"' EXIT
timeout -s KILL "\$TIMEOUT" \$SUMINURI mail --timeout \$((TIMEOUT - 1)) > "\$tmp" || exit 75
\$SENDMAIL -G -i "\$@" < "\$tmp" || exit 75
exit 0
EOF
  chmod 755 "$D/bin/$1"
}
printf '#!/bin/sh\ncat > /dev/null\nkill -SEGV $$\n' > "$D/bin/crashing-suminuri"
printf '#!/bin/sh\nexec sleep 600\n' > "$D/bin/hanging-suminuri"
chmod 755 "$D/bin/crashing-suminuri" "$D/bin/hanging-suminuri"
write_filter filter "$D/bin/suminuri" 30
write_filter filter-crash "$D/bin/crashing-suminuri" 30
write_filter filter-hang "$D/bin/hanging-suminuri" 4

cat > "$CONF/master.cf" <<EOF
127.0.0.1:$PORT_OK    inet n - n - - smtpd -o content_filter=suminuri:dummy
127.0.0.1:$PORT_CRASH inet n - n - - smtpd -o content_filter=suminuri-crash:dummy
127.0.0.1:$PORT_HANG  inet n - n - - smtpd -o content_filter=suminuri-hang:dummy
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
virtual   unix  - n n -  - virtual
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
suminuri  unix  - n n - 2 pipe flags=Rq user=nobody null_sender= argv=$D/bin/filter -f \${sender} -- \${recipient}
suminuri-crash unix - n n - 1 pipe flags=Rq user=nobody null_sender= argv=$D/bin/filter-crash -f \${sender} -- \${recipient}
suminuri-hang  unix - n n - 1 pipe flags=Rq user=nobody null_sender= argv=$D/bin/filter-hang -f \${sender} -- \${recipient}
EOF

postfix -c "$CONF" check >&2 || die "postfix check (run it under script(1) to see why: it logs to syslog)"
postfix -c "$CONF" start >&2 || die "postfix start"
STARTED=1
say "private Postfix on 127.0.0.1:$PORT_OK (filter), :$PORT_CRASH (crashing filter), :$PORT_HANG (hanging filter) in $D"

# --- messages (all content fictitious) -------------------------------------------------------
python3 - "$D" <<'PY'
import sys, email.policy
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.header import Header
d = sys.argv[1]

def save(name, msg):
    with open(f"{d}/{name}.eml", "wb") as f:
        f.write(msg.as_bytes())

# 1. A PC mail client: ISO-2022-JP text, encoded Subject and display name.
m = MIMEText("お世話になります。山田です。\n携帯は090-1234-5678、メールは taro.yamada@example.jp です。\n", "plain", "iso-2022-jp")
m["Subject"] = Header("見積のお願い 090-1234-5678", "iso-2022-jp")
m["From"] = "%s <sender@example.org>" % Header("山田 太郎", "iso-2022-jp").encode()
m["To"] = "inquiry@example.test"
m["Message-ID"] = "<e2e-jis@example.org>"
save("jis", m)

# 2. A web form notification: HTML only, values split across tags.
html = ("<html><body><table>"
        "<tr><td>お名前</td><td>佐藤 花子</td></tr>"
        "<tr><td>電話番号</td><td><span>080</span>-<span>2345</span>-<span>6789</span></td></tr>"
        "<tr><td>メール</td><td><a href=\"mailto:hanako.sato@example.jp\">hanako.sato@example.jp</a></td></tr>"
        "</table></body></html>")
m = MIMEText(html, "html", "utf-8")
m["Subject"] = "お問い合わせフォーム"
m["From"] = "form@example.org"
m["To"] = "inquiry@example.test"
m["Message-ID"] = "<e2e-form@example.org>"
save("form", m)

# 3. A PDF attachment.
m = MIMEMultipart()
m.attach(MIMEText("添付をご確認ください。電話 03-1234-5678\n", "plain", "utf-8"))
pdf = MIMEApplication(b"%PDF-1.4\n% fictitious\n", "pdf")
pdf.add_header("Content-Disposition", "attachment", filename="mitsumori.pdf")
m.attach(pdf)
m["Subject"] = "attachment"
m["From"] = "sender@example.org"
m["To"] = "inquiry@example.test"
m["Message-ID"] = "<e2e-pdf@example.org>"
save("pdf", m)

# 4./5. For the failing filters.
for name in ("crash", "hang"):
    m = MIMEText("携帯は090-1234-5678です\n", "plain", "utf-8")
    m["Subject"] = "e2e-" + name
    m["From"] = "sender@example.org"
    m["To"] = "inquiry@example.test"
    m["Message-ID"] = f"<e2e-{name}@example.org>"
    save(name, m)
PY

send() { # port file
  swaks --silent 2 --server 127.0.0.1 --port "$1" --from sender@example.org --to inquiry@example.test \
        --data "@$D/$2.eml" >/dev/null || die "swaks could not send $2"
}
send "$PORT_OK" jis
send "$PORT_OK" form
send "$PORT_OK" pdf
send "$PORT_CRASH" crash
send "$PORT_HANG" hang

# --- wait for the outcomes ---------------------------------------------------------------------
MAILDIR=$D/mail/inbox
delivered() { find "$MAILDIR/new" -type f 2>/dev/null | wc -l; }
deferred() { grep -c 'status=deferred' "$D/maillog" 2>/dev/null || true; }
for _ in $(seq 1 90); do
  [ "$(delivered)" -ge 3 ] && [ "$(deferred)" -ge 2 ] && break
  sleep 1
done
[ "$(delivered)" -eq 3 ] || die "expected 3 delivered messages, found $(delivered)"

# Redacted: every value gone from the decoded text, placeholders and the stamp present.
python3 - "$MAILDIR/new" <<'PY' || die "delivered messages are not redacted"
import sys, os, email, email.policy
folder = sys.argv[1]
leaks = ["090-1234-5678", "taro.yamada@example.jp", "山田", "太郎", "2345", "6789", "hanako.sato", "佐藤", "03-1234-5678", "%PDF"]
seen = set()
ok = True
for name in os.listdir(folder):
    raw = open(os.path.join(folder, name), "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    seen.add(msg["Message-ID"])
    text = str(msg["Subject"]) + str(msg["From"]) + raw.decode("latin-1")
    for part in msg.walk():
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or "utf-8"
            text += payload.decode(charset, "replace")
    if not msg["X-Suminuri"] or "findings=" not in msg["X-Suminuri"]:
        print("no X-Suminuri stamp in", msg["Message-ID"]); ok = False
    for leak in leaks:
        if leak in text:
            print("value left in", msg["Message-ID"]); ok = False
    if "［" not in text:
        print("no placeholder in", msg["Message-ID"]); ok = False
    if msg["Message-ID"] == "<e2e-pdf@example.org>" and "X-Suminuri-Removed: application/pdf" not in raw.decode("latin-1"):
        print("PDF not replaced by a notice"); ok = False
want = {"<e2e-jis@example.org>", "<e2e-form@example.org>", "<e2e-pdf@example.org>"}
if seen != want:
    print("delivered set differs"); ok = False
sys.exit(0 if ok else 1)
PY
say "3 messages delivered, redacted"

# Deferred, not bounced, not delivered: the crashing and the hanging filter.
grep -q 'relay=suminuri-crash.*status=deferred' "$D/maillog" || die "crashing filter did not defer"
grep -q 'relay=suminuri-hang.*status=deferred' "$D/maillog" || die "hanging filter did not defer"
if grep -q 'status=bounced' "$D/maillog"; then die "a message bounced"; fi
queued=$(postqueue -c "$CONF" -j | python3 -c 'import sys, json; print(sum(1 for line in sys.stdin if json.loads(line)["queue_name"] == "deferred"))')
[ "$queued" -eq 2 ] || die "expected 2 messages in the deferred queue, found $queued"
for marker in e2e-crash e2e-hang; do
  if grep -rqs "$marker" "$MAILDIR"; then die "$marker was delivered"; fi
done
say "crashing and hanging filters: deferred (2 in the deferred queue, none bounced, none delivered)"
say "PASS"
