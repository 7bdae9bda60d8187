# edgewise: SipDomain contoso.com
# edgewise: User sip:alice@contoso.com
New-CsBlockedDomain -Identity fabrikam.com
New-CsAllowedDomain -Identity fabrikam.com
Set-CsAccessEdgeConfiguration -AllowFederatedUsers 'yes'
