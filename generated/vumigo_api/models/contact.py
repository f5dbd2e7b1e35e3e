from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

if TYPE_CHECKING:
    from ..models.contact_extra import ContactExtra
    from ..models.contact_subscription import ContactSubscription


T = TypeVar("T", bound="Contact")
_DECLARED_KEYS = frozenset(
    (
        "key",
        "$VERSION",
        "user_account",
        "created_at",
        "name",
        "surname",
        "groups",
        "msisdn",
        "twitter_handle",
        "bbm_pin",
        "mxit_id",
        "dob",
        "facebook_id",
        "wechat_id",
        "email_address",
        "gtalk_id",
        "extra",
        "subscription",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Contact:
    """
    Attributes:
        key (str):
        version (int | None | Unset):
        user_account (str | Unset):
        created_at (str | Unset): `YYYY-MM-DD HH:MM:SS.ffffff` (UTC).
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
        extra (ContactExtra | Unset):
        subscription (ContactSubscription | Unset):
    """

    key: str
    version: int | None | Unset = UNSET
    user_account: str | Unset = UNSET
    created_at: str | Unset = UNSET
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
    extra: ContactExtra | Unset = UNSET
    subscription: ContactSubscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        key: str,
        version: int | None | Unset = UNSET,
        user_account: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
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
        extra: ContactExtra | Unset = UNSET,
        subscription: ContactSubscription | Unset = UNSET,
    ) -> None:
        self.key = key
        self.version = version
        self.user_account = user_account
        self.created_at = created_at
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
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(key={self.key!r}, version={self.version!r}, user_account={self.user_account!r}, created_at={self.created_at!r}, name={self.name!r}, surname={self.surname!r}, groups={self.groups!r}, msisdn={self.msisdn!r}, twitter_handle={self.twitter_handle!r}, bbm_pin={self.bbm_pin!r}, mxit_id={self.mxit_id!r}, dob={self.dob!r}, facebook_id={self.facebook_id!r}, wechat_id={self.wechat_id!r}, email_address={self.email_address!r}, gtalk_id={self.gtalk_id!r}, extra={self.extra!r}, subscription={self.subscription!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.key == other.key
            and self.version == other.version
            and self.user_account == other.user_account
            and self.created_at == other.created_at
            and self.name == other.name
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
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        user_account = self.user_account

        created_at = self.created_at

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if version is not UNSET:
            field_dict["$VERSION"] = version
        if user_account is not UNSET:
            field_dict["user_account"] = user_account
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        key = d["key"]

        version = d.get("$VERSION", UNSET)

        user_account = d.get("user_account", UNSET)

        created_at = d.get("created_at", UNSET)

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
        extra: ContactExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ContactExtra.from_dict(_extra)

        _subscription = d.get("subscription", UNSET)
        subscription: ContactSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = ContactSubscription.from_dict(_subscription)

        if cls.__init__ is Contact.__init__:
            _made = _new_instance(cls)
            _made.key = key
            _made.version = version
            _made.user_account = user_account
            _made.created_at = created_at
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
            contact = _made
        else:
            contact = cls(
                key=key,
                version=version,
                user_account=user_account,
                created_at=created_at,
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

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        contact.additional_properties = d
        return contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "key":
            if isinstance(self.key, Unset):
                raise KeyError(key)
            return self.key
        if key == "$VERSION":
            if isinstance(self.version, Unset):
                raise KeyError(key)
            return self.version
        if key == "user_account":
            if isinstance(self.user_account, Unset):
                raise KeyError(key)
            return self.user_account
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "surname":
            if isinstance(self.surname, Unset):
                raise KeyError(key)
            return self.surname
        if key == "groups":
            if isinstance(self.groups, Unset):
                raise KeyError(key)
            return self.groups
        if key == "msisdn":
            if isinstance(self.msisdn, Unset):
                raise KeyError(key)
            return self.msisdn
        if key == "twitter_handle":
            if isinstance(self.twitter_handle, Unset):
                raise KeyError(key)
            return self.twitter_handle
        if key == "bbm_pin":
            if isinstance(self.bbm_pin, Unset):
                raise KeyError(key)
            return self.bbm_pin
        if key == "mxit_id":
            if isinstance(self.mxit_id, Unset):
                raise KeyError(key)
            return self.mxit_id
        if key == "dob":
            if isinstance(self.dob, Unset):
                raise KeyError(key)
            return self.dob
        if key == "facebook_id":
            if isinstance(self.facebook_id, Unset):
                raise KeyError(key)
            return self.facebook_id
        if key == "wechat_id":
            if isinstance(self.wechat_id, Unset):
                raise KeyError(key)
            return self.wechat_id
        if key == "email_address":
            if isinstance(self.email_address, Unset):
                raise KeyError(key)
            return self.email_address
        if key == "gtalk_id":
            if isinstance(self.gtalk_id, Unset):
                raise KeyError(key)
            return self.gtalk_id
        if key == "extra":
            if isinstance(self.extra, Unset):
                raise KeyError(key)
            return self.extra
        if key == "subscription":
            if isinstance(self.subscription, Unset):
                raise KeyError(key)
            return self.subscription
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "key":
            self.key = value
            return
        if key == "$VERSION":
            self.version = value
            return
        if key == "user_account":
            self.user_account = value
            return
        if key == "created_at":
            self.created_at = value
            return
        if key == "name":
            self.name = value
            return
        if key == "surname":
            self.surname = value
            return
        if key == "groups":
            self.groups = value
            return
        if key == "msisdn":
            self.msisdn = value
            return
        if key == "twitter_handle":
            self.twitter_handle = value
            return
        if key == "bbm_pin":
            self.bbm_pin = value
            return
        if key == "mxit_id":
            self.mxit_id = value
            return
        if key == "dob":
            self.dob = value
            return
        if key == "facebook_id":
            self.facebook_id = value
            return
        if key == "wechat_id":
            self.wechat_id = value
            return
        if key == "email_address":
            self.email_address = value
            return
        if key == "gtalk_id":
            self.gtalk_id = value
            return
        if key == "extra":
            self.extra = value
            return
        if key == "subscription":
            self.subscription = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "key":
            return not isinstance(self.key, Unset)
        if key == "$VERSION":
            return not isinstance(self.version, Unset)
        if key == "user_account":
            return not isinstance(self.user_account, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "surname":
            return not isinstance(self.surname, Unset)
        if key == "groups":
            return not isinstance(self.groups, Unset)
        if key == "msisdn":
            return not isinstance(self.msisdn, Unset)
        if key == "twitter_handle":
            return not isinstance(self.twitter_handle, Unset)
        if key == "bbm_pin":
            return not isinstance(self.bbm_pin, Unset)
        if key == "mxit_id":
            return not isinstance(self.mxit_id, Unset)
        if key == "dob":
            return not isinstance(self.dob, Unset)
        if key == "facebook_id":
            return not isinstance(self.facebook_id, Unset)
        if key == "wechat_id":
            return not isinstance(self.wechat_id, Unset)
        if key == "email_address":
            return not isinstance(self.email_address, Unset)
        if key == "gtalk_id":
            return not isinstance(self.gtalk_id, Unset)
        if key == "extra":
            return not isinstance(self.extra, Unset)
        if key == "subscription":
            return not isinstance(self.subscription, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.contact_extra import ContactExtra  # noqa: E402
from ..models.contact_subscription import ContactSubscription  # noqa: E402
