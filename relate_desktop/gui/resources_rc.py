# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x07\xd3\
/\
* Relate's few t\
ouches on top of\
 Fusion: chips, \
banners, the sav\
ed toast.\x0a   Wor\
ds after an at s\
ign are the them\
e's colours, fil\
led in by relate\
_desktop/gui/the\
me.py. */\x0a#littl\
eThingChip {\x0a   \
 background: @in\
fo_background;\x0a \
   border: 1px s\
olid @info_borde\
r;\x0a    border-ra\
dius: 11px;\x0a}\x0a#n\
otificationBar {\
\x0a    background:\
 @good_backgroun\
d;\x0a    border: 1\
px solid @good_b\
order;\x0a    borde\
r-radius: 4px;\x0a}\
\x0a#toastText {\x0a  \
  font-weight: b\
old;\x0a    color: \
@good_text;\x0a}\x0aQL\
ineEdit#lookupFi\
eld {\x0a    font-s\
ize: 15px;\x0a    p\
adding: 4px;\x0a}\x0a#\
demoBanner {\x0a   \
 background: @ne\
ar_background;\x0a \
   color: @near_\
text;\x0a    font-w\
eight: bold;\x0a   \
 padding: 4px;\x0a \
   border-radius\
: 4px;\x0a}\x0a#doNotC\
ontactWarning {\x0a\
    background: \
@late_background\
;\x0a    color: @la\
te_text;\x0a    fon\
t-weight: bold;\x0a\
    padding: 4px\
;\x0a    border-rad\
ius: 4px;\x0a}\x0a#cal\
lBanner {\x0a    ba\
ckground: @info_\
background;\x0a    \
border-radius: 4\
px;\x0a}\x0a#callBanne\
rText {\x0a    colo\
r: @info_text;\x0a \
   font-weight: \
bold;\x0a}\x0a#shortcu\
tsHint {\x0a    col\
or: @quiet_text;\
\x0a}\x0a/* Tick boxes\
 and radio butto\
ns with an edge \
that shows on bo\
th themes (Fusio\
n's is faint on\x0a\
   dark); ticked\
 is a tick, chos\
en a thick ring:\
 not told by col\
our alone. */\x0aQC\
heckBox::indicat\
or, QGroupBox::i\
ndicator {\x0a    w\
idth: 14px;\x0a    \
height: 14px;\x0a  \
  border: 1px so\
lid @frame;\x0a    \
border-radius: 3\
px;\x0a    backgrou\
nd: @base;\x0a}\x0aQCh\
eckBox::indicato\
r:checked, QGrou\
pBox::indicator:\
checked {\x0a    bo\
rder-color: @hig\
hlight;\x0a    back\
ground: @highlig\
ht;\x0a    image: u\
rl(:/icons/check\
-@theme.svg);\x0a}\x0a\
QRadioButton::in\
dicator {\x0a    wi\
dth: 14px;\x0a    h\
eight: 14px;\x0a   \
 border: 1px sol\
id @frame;\x0a    b\
order-radius: 8p\
x;\x0a    backgroun\
d: @base;\x0a}\x0aQRad\
ioButton::indica\
tor:checked {\x0a  \
  border: 5px so\
lid @highlight;\x0a\
    width: 6px;\x0a\
    height: 6px;\
\x0a}\x0aQCheckBox::in\
dicator:disabled\
, QRadioButton::\
indicator:disabl\
ed, QGroupBox::i\
ndicator:disable\
d {\x0a    border-c\
olor: @disabled_\
text;\x0a    backgr\
ound: @window;\x0a}\
\x0aQCheckBox::indi\
cator:checked:di\
sabled, QGroupBo\
x::indicator:che\
cked:disabled {\x0a\
    background: \
@disabled_text;\x0a\
}\x0a\
\x00\x00\x01\x1a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><path d=\x22M3 \
13h5l1.5 3h5l1.5\
-3h5\x22/><path d=\x22\
M6 4h12l3 9v6a1 \
1 0 0 1-1 1H4a1 \
1 0 0 1-1-1v-6z\x22\
/></svg>\x0a\
\x00\x00\x01*\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><rect x=\x224.5\
\x22 y=\x2211\x22 width=\x22\
15\x22 height=\x2210\x22 \
rx=\x222\x22/><path d=\
\x22M8 11V7.5a4 4 0\
 0 1 8 0V11\x22/><p\
ath d=\x22M12 15v2\x22\
/></svg>\x0a\
\x00\x00\x01.\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><circle cx=\x22\
12\x22 cy=\x2212\x22 r=\x229\
\x22/><path d=\x22M9.2\
 9.3a2.9 2.9 0 0\
 1 5.6 1c0 1.9-2\
.8 2.5-2.8 4\x22/><\
path d=\x22M12 17.6\
v.1\x22/></svg>\x0a\
\x00\x00\x01M\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><path d=\x22M4 \
6h3M11 6h9M4 12h\
9M17 12h3M4 18h1\
M9 18h11\x22/><circ\
le cx=\x229\x22 cy=\x226\x22\
 r=\x222\x22/><circle \
cx=\x2215\x22 cy=\x2212\x22 \
r=\x222\x22/><circle c\
x=\x227\x22 cy=\x2218\x22 r=\
\x222\x22/></svg>\x0a\
\x00\x00\x00\xd7\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2214\
\x22 height=\x2214\x22 vi\
ewBox=\x220 0 14 14\
\x22 fill=\x22none\x22 st\
roke=\x22#ffffff\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M3 7.2 5\
.8 10 11 4.2\x22/><\
/svg>\x0a\
\x00\x00\x01\x1e\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><circle cx=\x22\
10\x22 cy=\x228\x22 r=\x224\x22\
/><path d=\x22M3 21\
v-1a6 6 0 0 1 6-\
6h2\x22/><path d=\x22m\
15 18 2.5 2.5L22\
 16\x22/></svg>\x0a\
\x00\x00\x00\xfd\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><circle cx=\x22\
10.5\x22 cy=\x2210.5\x22 \
r=\x226.5\x22/><path d\
=\x22M15.3 15.3 21 \
21\x22/></svg>\x0a\
\x00\x00\x00\xd7\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2214\
\x22 height=\x2214\x22 vi\
ewBox=\x220 0 14 14\
\x22 fill=\x22none\x22 st\
roke=\x22#202124\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M3 7.2 5\
.8 10 11 4.2\x22/><\
/svg>\x0a\
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
\x00\x00\x00\xff\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><circle cx=\x22\
12\x22 cy=\x2212\x22 r=\x229\
\x22/><path d=\x22m8 1\
2.5 2.7 2.7L16.3\
 9.5\x22/></svg>\x0a\
\x00\x00\x01'\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22currentCol\
or\x22 stroke-width\
=\x222\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22><circle cx=\x22\
9\x22 cy=\x228\x22 r=\x224\x22/\
><path d=\x22M2 21v\
-1a6 6 0 0 1 6-6\
h2a6 6 0 0 1 6 6\
v1\x22/><path d=\x22M1\
9 5v6M16 8h6\x22/><\
/svg>\x0a\
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
\x00\x09\
\x0c\xb8\xab\xa7\
\x00q\
\x00u\x00e\x00u\x00e\x00.\x00s\x00v\x00g\
\x00\x08\
\x05\x9eT\xa7\
\x00l\
\x00o\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x08\
\x0c3W\x07\
\x00h\
\x00e\x00l\x00p\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xdf,\xc7\
\x00s\
\x00e\x00t\x00t\x00i\x00n\x00g\x00s\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0a\xc9x\x87\
\x00c\
\x00h\x00e\x00c\x00k\x00-\x00l\x00i\x00g\x00h\x00t\x00.\x00s\x00v\x00g\
\x00\x08\
\x08\x18U\x87\
\x00t\
\x00a\x00k\x00e\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x94m\xc7\
\x00s\
\x00e\x00a\x00r\x00c\x00h\x00.\x00s\x00v\x00g\
\x00\x0e\
\x06\x01\x87\xe7\
\x00c\
\x00h\x00e\x00c\x00k\x00-\x00d\x00a\x00r\x00k\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\xabB\x87\
\x00r\
\x00e\x00l\x00a\x00t\x00e\x00.\x00s\x00v\x00g\
\x00\x0b\
\x039\xce\x07\
\x00r\
\x00e\x00s\x00o\x00l\x00v\x00e\x00.\x00s\x00v\x00g\
\x00\x10\
\x04\x81>\x87\
\x00n\
\x00e\x00w\x00-\x00c\x00u\x00s\x00t\x00o\x00m\x00e\x00r\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x0b\x00\x00\x00\x04\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00\x22\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01.\x00\x00\x00\x00\x00\x01\x00\x00\x12>\
\x00\x00\x01J\x00\x00\x00\x00\x00\x01\x00\x00\x13A\
\x00\x00\x00T\x00\x00\x00\x00\x00\x01\x00\x00\x08\xf5\
\x00\x00\x00\xf2\x00\x00\x00\x00\x00\x01\x00\x00\x0f\xa4\
\x00\x00\x00\xc2\x00\x00\x00\x00\x00\x01\x00\x00\x0d\x81\
\x00\x00\x00\xd8\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xa3\
\x00\x00\x01\x14\x00\x00\x00\x00\x00\x01\x00\x00\x10\x7f\
\x00\x00\x00\x9e\x00\x00\x00\x00\x00\x01\x00\x00\x0c\xa6\
\x00\x00\x00\x80\x00\x00\x00\x00\x00\x01\x00\x00\x0bU\
\x00\x00\x00j\x00\x00\x00\x00\x00\x01\x00\x00\x0a#\
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x07\xd7\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
