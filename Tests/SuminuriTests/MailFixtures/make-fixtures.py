#!/usr/bin/env python3
"""Writes the mail fixtures next to this script, built the way the named clients send them.
All names, numbers and addresses are fictitious. Run: python3 make-fixtures.py"""
import base64, quopri, os
here = os.path.dirname(os.path.abspath(__file__))

def b64lines(data):
    text = base64.b64encode(data).decode()
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76))

def word(text, charset, codec):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(codec)).decode())

def save(name, data):
    if isinstance(data, str):
        data = data.encode("ascii")
    with open(os.path.join(here, name), "wb") as f:
        f.write(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))

# A web form (CMS notification): HTML only, a table of fields, values split across tags,
# numeric character references, tel:/mailto: links and a form value attribute.
html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>お問い合わせ</title></head>
<body><p>お問い合わせフォームから送信されました。</p>
<table border="1">
<tr><th>お名前</th><td>佐藤 花子</td></tr>
<tr><th>電話番号</th><td><span>080</span>-<span>2345</span>-<span>6789</span></td></tr>
<tr><th>携帯</th><td><a href="tel:09011112222" title="携帯 090-1111-2222">&#48;&#57;&#48;-1111-2222</a></td></tr>
<tr><th>メール</th><td><a href="mailto:hanako.sato@example.jp">hanako.sato&#64;example.jp</a></td></tr>
<tr><th>郵便番号</th><td>〒100-0001</td></tr>
<tr><th>確認</th><td><input type="text" name="tel2" value="03-9876-5432"></td></tr>
<tr><th>内容</th><td>見積をお願いします。&amp; よろしく</td></tr>
</table></body></html>
"""
save("webform-html-only.eml", """From: =?UTF-8?B?44OV44Kp44O844Og?= <form@example.org>
To: inquiry@example.test
Subject: =?UTF-8?B?44CQ44GK5ZWP44GE5ZCI44KP44Gb44CR?=
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <webform-1@example.org>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring(html.encode("utf-8")).decode())

# Outlook with a PDF and a Word file; Japanese file names in RFC 2231 form.
text = "お世話になっております。見積書を添付します。\n携帯 090-1234-5678\n"
pdf_name = "見積書_090-1234-5678.pdf"
save("pdf-and-office.eml", """From: =?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEJCQE86GyhC?= <taro@example.jp>
To: inquiry@example.test
Subject: =?ISO-2022-JP?B?GyRCOCtAUTpuJHJFOklVJDckXiQ5GyhC?=
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <office-1@example.jp>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0001"

This is a multi-part message in MIME format.

------=_NextPart_000_0001
Content-Type: text/plain; charset="iso-2022-jp"
Content-Transfer-Encoding: 7bit

""" + text.encode("iso2022_jp").decode("ascii") + """
------=_NextPart_000_0001
Content-Type: application/pdf; name*=UTF-8''""" + "".join("%%%02X" % b for b in pdf_name.encode()) + """
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''""" + "".join("%%%02X" % b for b in pdf_name.encode()) + """

""" + b64lines(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% fictitious 090-1234-5678\n%%EOF\n") + """

------=_NextPart_000_0001
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="mitsumori.docx"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="mitsumori.docx"

""" + b64lines(b"PK\x03\x04" + b"\x00" * 26 + b"word/document.xml") + """

------=_NextPart_000_0001--
""")

# Outlook rich text: TNEF (winmail.dat).
save("tnef-winmail.eml", """From: taro@example.jp
To: inquiry@example.test
Subject: Re: quote
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <tnef-1@example.jp>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_000_TNEF_"

--_000_TNEF_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

See attached.

--_000_TNEF_
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="winmail.dat"

""" + b64lines(b"\x78\x9f\x3e\x22" + b"\x01\x06\x90\x08\x00" + "携帯 090-1234-5678".encode("cp932")) + """

--_000_TNEF_--
""")

# S/MIME: an encrypted message (the whole message is one opaque part) and a signed one.
save("smime-encrypted.eml", """From: taro@example.jp
To: inquiry@example.test
Subject: encrypted
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <smime-enc-1@example.jp>
MIME-Version: 1.0
Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7m"

""" + b64lines(bytes(range(256)) * 2) + "\n")

signature = b64lines(b"0\x82\x01\x00" + bytes(range(64)))
save("smime-signed.eml", """From: taro@example.jp
To: inquiry@example.test
Subject: signed
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <smime-sig-1@example.jp>
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="----SIG"

This is an S/MIME signed message

------SIG
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64lines("携帯は090-1234-5678です。\n".encode()) + """

------SIG
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

""" + signature + """

------SIG--
""")

# Windows mailer labelling cp932 as windows-31j, with NEC/IBM extension characters.
body = "㈱サンプル商事 ①見積 髙橋です。\n電話 090-1234-5678\n"
save("windows-31j.eml", ("""From: takahashi@example.jp
To: inquiry@example.test
Subject: """ + word("㈱見積 090-1234-5678", "windows-31j", "cp932") + """
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <w31j-1@example.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-31j
Content-Transfer-Encoding: 8bit

""").encode("ascii") + body.encode("cp932"))

# A client that sends half-width katakana in ISO-2022-JP (ESC ( I).
kana = "ﾔﾏﾀﾞ ﾀﾛｳ です。携帯 090-1234-5678\n"
save("iso2022jp-halfwidth-kana.eml", """From: yamada@example.jp
To: inquiry@example.test
Subject: =?ISO-2022-JP?B?""" + base64.b64encode("ｵﾄｲｱﾜｾ 090-1234-5678".encode("iso2022_jp_ext")).decode() + """?=
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <kana-1@example.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
Content-Transfer-Encoding: 7bit

""" + kana.encode("iso2022_jp_ext").decode("ascii"))

# A Japanese carrier phone (docomo style): Shift_JIS, quoted-printable, an emoji in the
# user-defined area (0xF89F) and a Shift_JIS B-word Subject.
phone_body = "見積お願いします".encode("cp932") + b"\xf8\x9f" + "\n山田です。携帯 090-1234-5678\n".encode("cp932")
save("carrier-sjis-qp.eml", """From: yamada-1234@docomo.ne.jp
To: inquiry@example.test
Subject: =?Shift_JIS?B?""" + base64.b64encode("見積 090-1234-5678".encode("cp932")).decode() + """?=
Date: Mon, 01 Apr 2024 10:00:00 +0900
Message-ID: <carrier-1@docomo.ne.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=Shift_JIS
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring(phone_body).decode("ascii"))
