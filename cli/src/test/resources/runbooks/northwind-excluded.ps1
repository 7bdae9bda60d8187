# edgewise: SipDomain contoso.com
# edgewise: User sip:alice@contoso.com
Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true
Remove-CsPublicProvider -Identity Messenger
New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -Enabled 1 -NameDecorationRoutingDomain msn.com -NameDecorationExcludedDomainList "msn.com,outlook.com,live.com,hotmail.com,northwind.com"
Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true
