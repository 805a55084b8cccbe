"""Referral letters: texts as data, fonts, and ReportLab rendering into memory.

This package knows nothing of storage: the services hand it plain facts (`LetterFacts`) and get PDF
bytes back. The facts carry no address, safe contact, room or destination, so no letter text can
print them whatever it says.
"""
