import ipaddr from 'ipaddr.js';

// Which addresses the bot may fetch a page from: public unicast only. Private, loopback, link-local
// (cloud metadata at 169.254.169.254), unique-local, CGNAT, multicast, broadcast, unspecified,
// documentation and the IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo) are all
// refused: ipaddr.js names every special-purpose range, and only "unicast" is none of them.

export type AddressCheck = (address: string) => boolean;

export const isPublicAddress: AddressCheck = (address) => {
  if (!ipaddr.isValid(address)) return false;
  // ipaddr.process turns ::ffff:10.0.0.1 into 10.0.0.1 so that the IPv4 ranges apply.
  return ipaddr.process(address).range() === 'unicast';
};
