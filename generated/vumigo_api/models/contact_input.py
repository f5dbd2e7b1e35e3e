from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.contact_input_extra import ContactInputExtra
    from ..models.contact_input_subscription import ContactInputSubscription


T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """The fields of a new contact, or the fields to change (`key` and unknown fields are refused).

    Attributes:
        name (None | str | Unset):
        surname (None | str | Unset):
        groups (list[str] | Unset):
        msisdn (None | str | Unset):
        twitter_handle (None | str | Unset):
        bbm_pin (None | str | Unset):
        mxit_id (None | str | Unset):
        dob (None | str | Unset):
        facebook_id (None | str | Unset):
        wechat_id (None | str | Unset):
        email_address (None | str | Unset):
        gtalk_id (None | str | Unset):
        extra (ContactInputExtra | Unset):
        subscription (ContactInputSubscription | Unset):
    """

    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    twitter_handle: None | str | Unset = UNSET
    bbm_pin: None | str | Unset = UNSET
    mxit_id: None | str | Unset = UNSET
    dob: None | str | Unset = UNSET
    facebook_id: None | str | Unset = UNSET
    wechat_id: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    gtalk_id: None | str | Unset = UNSET
    extra: ContactInputExtra | Unset = UNSET
    subscription: ContactInputSubscription | Unset = UNSET

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        msisdn: None | str | Unset = UNSET,
        twitter_handle: None | str | Unset = UNSET,
        bbm_pin: None | str | Unset = UNSET,
        mxit_id: None | str | Unset = UNSET,
        dob: None | str | Unset = UNSET,
        facebook_id: None | str | Unset = UNSET,
        wechat_id: None | str | Unset = UNSET,
        email_address: None | str | Unset = UNSET,
        gtalk_id: None | str | Unset = UNSET,
        extra: ContactInputExtra | Unset = UNSET,
        subscription: ContactInputSubscription | Unset = UNSET,
    ) -> None:
        self.name = name
        self.surname = surname
        self.groups = groups
        self.msisdn = msisdn
        self.twitter_handle = twitter_handle
        self.bbm_pin = bbm_pin
        self.mxit_id = mxit_id
        self.dob = dob
        self.facebook_id = facebook_id
        self.wechat_id = wechat_id
        self.email_address = email_address
        self.gtalk_id = gtalk_id
        self.extra = extra
        self.subscription = subscription

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(name={self.name!r}, surname={self.surname!r}, groups={self.groups!r}, msisdn={self.msisdn!r}, twitter_handle={self.twitter_handle!r}, bbm_pin={self.bbm_pin!r}, mxit_id={self.mxit_id!r}, dob={self.dob!r}, facebook_id={self.facebook_id!r}, wechat_id={self.wechat_id!r}, email_address={self.email_address!r}, gtalk_id={self.gtalk_id!r}, extra={self.extra!r}, subscription={self.subscription!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name == other.name
            and self.surname == other.surname
            and self.groups == other.groups
            and self.msisdn == other.msisdn
            and self.twitter_handle == other.twitter_handle
            and self.bbm_pin == other.bbm_pin
            and self.mxit_id == other.mxit_id
            and self.dob == other.dob
            and self.facebook_id == other.facebook_id
            and self.wechat_id == other.wechat_id
            and self.email_address == other.email_address
            and self.gtalk_id == other.gtalk_id
            and self.extra == other.extra
            and self.subscription == other.subscription
            and True
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        twitter_handle: None | str | Unset
        if isinstance(self.twitter_handle, Unset):
            twitter_handle = UNSET
        else:
            twitter_handle = self.twitter_handle

        bbm_pin: None | str | Unset
        if isinstance(self.bbm_pin, Unset):
            bbm_pin = UNSET
        else:
            bbm_pin = self.bbm_pin

        mxit_id: None | str | Unset
        if isinstance(self.mxit_id, Unset):
            mxit_id = UNSET
        else:
            mxit_id = self.mxit_id

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        else:
            dob = self.dob

        facebook_id: None | str | Unset
        if isinstance(self.facebook_id, Unset):
            facebook_id = UNSET
        else:
            facebook_id = self.facebook_id

        wechat_id: None | str | Unset
        if isinstance(self.wechat_id, Unset):
            wechat_id = UNSET
        else:
            wechat_id = self.wechat_id

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        gtalk_id: None | str | Unset
        if isinstance(self.gtalk_id, Unset):
            gtalk_id = UNSET
        else:
            gtalk_id = self.gtalk_id

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if groups is not UNSET:
            field_dict["groups"] = groups
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if twitter_handle is not UNSET:
            field_dict["twitter_handle"] = twitter_handle
        if bbm_pin is not UNSET:
            field_dict["bbm_pin"] = bbm_pin
        if mxit_id is not UNSET:
            field_dict["mxit_id"] = mxit_id
        if dob is not UNSET:
            field_dict["dob"] = dob
        if facebook_id is not UNSET:
            field_dict["facebook_id"] = facebook_id
        if wechat_id is not UNSET:
            field_dict["wechat_id"] = wechat_id
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if gtalk_id is not UNSET:
            field_dict["gtalk_id"] = gtalk_id
        if extra is not UNSET:
            field_dict["extra"] = extra
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        surname = d.get("surname", UNSET)

        groups = cast(list[str], d.get("groups", UNSET))

        msisdn = d.get("msisdn", UNSET)

        twitter_handle = d.get("twitter_handle", UNSET)

        bbm_pin = d.get("bbm_pin", UNSET)

        mxit_id = d.get("mxit_id", UNSET)

        dob = d.get("dob", UNSET)

        facebook_id = d.get("facebook_id", UNSET)

        wechat_id = d.get("wechat_id", UNSET)

        email_address = d.get("email_address", UNSET)

        gtalk_id = d.get("gtalk_id", UNSET)

        _extra = d.get("extra", UNSET)
        extra: ContactInputExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ContactInputExtra.from_dict(_extra)

        _subscription = d.get("subscription", UNSET)
        subscription: ContactInputSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = ContactInputSubscription.from_dict(_subscription)

        if cls.__init__ is ContactInput.__init__:
            _made = _new_instance(cls)
            _made.name = name
            _made.surname = surname
            _made.groups = groups
            _made.msisdn = msisdn
            _made.twitter_handle = twitter_handle
            _made.bbm_pin = bbm_pin
            _made.mxit_id = mxit_id
            _made.dob = dob
            _made.facebook_id = facebook_id
            _made.wechat_id = wechat_id
            _made.email_address = email_address
            _made.gtalk_id = gtalk_id
            _made.extra = extra
            _made.subscription = subscription
            contact_input = _made
        else:
            contact_input = cls(
                name=name,
                surname=surname,
                groups=groups,
                msisdn=msisdn,
                twitter_handle=twitter_handle,
                bbm_pin=bbm_pin,
                mxit_id=mxit_id,
                dob=dob,
                facebook_id=facebook_id,
                wechat_id=wechat_id,
                email_address=email_address,
                gtalk_id=gtalk_id,
                extra=extra,
                subscription=subscription,
            )

        return contact_input


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.contact_input_extra import ContactInputExtra  # noqa: E402
from ..models.contact_input_subscription import ContactInputSubscription  # noqa: E402
