# A fresh install: federation and public IM connectivity are off.
# edgewise: SipDomain contoso.com
# edgewise: User sip:alice@contoso.com
