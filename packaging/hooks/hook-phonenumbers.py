# Replaces the contributed phonenumbers hook, which collects every submodule: Relate needs
# the metadata for parsing and formatting (data) and short codes (shortdata), loaded by
# name at run time, but not the 45 MB of geocoder, carrier and time-zone tables.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: not name.startswith(
        ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")),
)
