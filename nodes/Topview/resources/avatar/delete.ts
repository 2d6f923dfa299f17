import { customAvatarDelete } from '../../shared/customAvatarDelete';

// The parameter is named avatarId; Topview's query field is aiAvatarId.
export const avatarDelete = customAvatarDelete({
	resource: 'avatar',
	parameter: 'avatarId',
	description: 'The custom avatar to delete. Public avatars cannot be deleted.',
	placeholder: 'e.g. 900001',
	emptyMessage: 'Custom Avatar is empty: pick a custom avatar from the list or enter its aiavatarId',
});
