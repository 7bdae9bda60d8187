# The seeds' Skype-enabling runbook, on a fresh Skype for Business Server 2019 install.
# The declarations say who is in the organization.
# edgewise: SipDomain contoso.com
# edgewise: User sip:alice@contoso.com
Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true
Remove-CsPublicProvider -Identity Messenger
New-CsPublicProvider -Identity Skype -ProxyFqdn federation.messenger.msn.com -VerificationLevel 2 -Enabled 1
Set-CsExternalAccessPolicy -Identity Global -EnablePublicCloudAccess $true
