# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01\xa0\
/\
* Relate's few t\
ouches on top of\
 the platform st\
yle: chips, bann\
ers, the saved t\
oast. */\x0a#little\
ThingChip {\x0a    \
background: #e8f\
0fe;\x0a    border:\
 1px solid #aecb\
fa;\x0a    border-r\
adius: 11px;\x0a}\x0a#\
notificationBar \
{\x0a    background\
: #e6f4ea;\x0a    b\
order: 1px solid\
 #a8dab5;\x0a    bo\
rder-radius: 4px\
;\x0a}\x0a#toastText {\
\x0a    font-weight\
: bold;\x0a    colo\
r: #1e6b2f;\x0a}\x0aQL\
ineEdit#lookupFi\
eld {\x0a    font-s\
ize: 15px;\x0a    p\
adding: 4px;\x0a}\x0a\
\x00\x00\x01\xbb\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <title>Rela\
te</title>\x0a  <re\
ct x=\x222\x22 y=\x222\x22 w\
idth=\x2260\x22 height\
=\x2260\x22 rx=\x2214\x22 fi\
ll=\x22#1a5fb4\x22/>\x0a \
 <path d=\x22M14 22\
a8 8 0 0 1 8-8h2\
0a8 8 0 0 1 8 8v\
12a8 8 0 0 1-8 8\
H30l-10 8v-8h0a6\
 6 0 0 1-6-6z\x22 f\
ill=\x22#ffffff\x22/>\x0a\
  <circle cx=\x2225\
\x22 cy=\x2228\x22 r=\x223\x22 \
fill=\x22#1a5fb4\x22/>\
\x0a  <circle cx=\x223\
2\x22 cy=\x2228\x22 r=\x223\x22\
 fill=\x22#1a5fb4\x22/\
>\x0a  <circle cx=\x22\
39\x22 cy=\x2228\x22 r=\x223\
\x22 fill=\x22#1a5fb4\x22\
/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x06\
\x07\xac\x02\xc3\
\x00s\
\x00t\x00y\x00l\x00e\x00s\
\x00\x0a\
\x08\xab@\xe3\
\x00r\
\x00e\x00l\x00a\x00t\x00e\x00.\x00q\x00s\x00s\
\x00\x0a\
\x08\xabB\x87\
\x00r\
\x00e\x00l\x00a\x00t\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00\x22\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x01\xa4\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
